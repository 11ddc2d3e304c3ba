/** Evaluation: committees, conflicts of interest, scores, consensus and ranking. */
package it.sfide.evaluation;
