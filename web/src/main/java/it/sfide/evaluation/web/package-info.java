/** The evaluation's pages: the backing beans of the committee's views (scoring, the chair's dashboard, consensus). */
package it.sfide.evaluation.web;
