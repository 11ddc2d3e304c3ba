/** Every role's home: what waits for the caller, gathered from each area's {@link it.sfide.shared.Agenda}. */
package it.sfide.dashboard.boundary;
