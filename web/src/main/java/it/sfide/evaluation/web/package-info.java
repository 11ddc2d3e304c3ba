/** The evaluation's pages: committees, declarations, assignment, individual reports, consensus and results. */
package it.sfide.evaluation.web;
