/** Audit entry points: appending acts to the chain, reading and checking it; the {@link Audited} binding. */
package it.sfide.audit.boundary;
