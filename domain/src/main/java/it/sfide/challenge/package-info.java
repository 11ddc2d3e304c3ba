/** Challenges: what a public body asks for, its phases, criteria and lifecycle. */
package it.sfide.challenge;
