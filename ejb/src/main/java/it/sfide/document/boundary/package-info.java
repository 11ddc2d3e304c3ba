/** Document entry points: the published trust anchors (CA, time-stamping authority, revocation list). */
package it.sfide.document.boundary;
