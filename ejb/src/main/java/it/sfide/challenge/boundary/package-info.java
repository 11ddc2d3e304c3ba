/**
 * Challenges as people use them: buyer officers write, approve, publish and amend them; invited bodies co-sponsor;
 * everyone searches the catalogue and follows challenges and bodies.
 */
package it.sfide.challenge.boundary;
