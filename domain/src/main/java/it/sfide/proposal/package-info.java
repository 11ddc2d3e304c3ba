/** Proposals: what operators submit, alone or in consortia, sealed until the opening. */
package it.sfide.proposal;
