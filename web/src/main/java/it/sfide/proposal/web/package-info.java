/** The proposal pages: an operator's proposals, the editor, the receipt; the buyer's opening. */
package it.sfide.proposal.web;
