package it.sfide.evaluation.boundary;

import java.math.BigDecimal;

/** One criterion's score and comment as an evaluator (or the chair, for the consensus) types them. */
public record ScoreEntry(int criterion, BigDecimal score, String comment, String reason) {
}
