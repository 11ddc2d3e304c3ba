/** Integration tests of the evaluation: committees, declarations, assignment, scoring, through the running portal. */
package it.sfide.evaluation;
