/** The home page of a signed-in person: their dashboard. */
package it.sfide.dashboard.web;
