/** Integration tests of proposals: drafting, sealed submission, receipts, opening and admissibility. */
package it.sfide.proposal;
