package it.sfide.evaluation.web;

import it.sfide.evaluation.boundary.ScoreEntry;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One criterion's fields as a person types them (an evaluator's report, or the chair's consensus): the score as
 * the chosen step of the scale, the comment and, for the consensus, the reason. What was typed stays after a
 * refusal.
 */
public class ScoreRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int criterion;
    private String score;
    private String comment;
    private String reason;

    public ScoreRow(int criterion, BigDecimal score, String comment, String reason) {
        this.criterion = criterion;
        this.score = score == null ? null : score.toPlainString();
        this.comment = comment;
        this.reason = reason;
    }

    /** The entry for the boundary; a score that is not a number is sent as none (the select offers only steps). */
    public ScoreEntry entry() {
        BigDecimal value;
        try {
            value = score == null || score.isBlank() ? null : new BigDecimal(score.strip());
        } catch (NumberFormatException e) {
            value = null;
        }
        return new ScoreEntry(criterion, value, comment, reason == null || reason.isBlank() ? null : reason);
    }

    public int getCriterion() { return criterion; }
    public String getScore() { return score; }
    public void setScore(String score) { this.score = score; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
