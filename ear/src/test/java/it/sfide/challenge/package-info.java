/** Challenges in the running portal: writing, four-eyes publication, amendments, the catalogue, deadlines. */
package it.sfide.challenge;
