/** Rules and calculations of the evaluation area: assignment, scores, ranking, documents. */
package it.sfide.evaluation.control;
