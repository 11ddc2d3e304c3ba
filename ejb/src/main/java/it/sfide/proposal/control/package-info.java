/** Proposal queries. */
package it.sfide.proposal.control;
