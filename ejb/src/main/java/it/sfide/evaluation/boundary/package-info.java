/**
 * The evaluation's entry points: committees and their declarations, expertise, assignment, scoring, consensus,
 * ranking and award, for pages and the REST API alike.
 */
package it.sfide.evaluation.boundary;
