/**
 * What the evaluation area asks of areas above it without depending on them: whether a PCP phase's contracts are
 * completed, so its stage gate may begin.
 */
package it.sfide.evaluation.spi;
