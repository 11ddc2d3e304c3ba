/** The evaluation over the REST API: committees, declarations, expertise, assignment and individual reports. */
package it.sfide.evaluation.api;
