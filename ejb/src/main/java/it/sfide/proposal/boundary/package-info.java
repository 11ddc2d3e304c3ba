/** Proposals as operators use them: drafting (and, with the rest of issue 5, sealed submission and opening). */
package it.sfide.proposal.boundary;
