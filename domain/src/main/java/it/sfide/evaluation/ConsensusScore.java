package it.sfide.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The committee's score on one criterion for a proposal, as the chair proposed it: the score, the comment the
 * applicant reads, and the reason required where it departs from the evaluators' mean by more than the tolerance.
 */
@Embeddable
public class ConsensusScore {

    @Column(name = "criterion_no", nullable = false)
    private int criterionNo;

    @Column(name = "score", nullable = false, precision = 4, scale = 1)
    private BigDecimal score;

    @Column(name = "comment_text", nullable = false, length = 8000)
    private String comment;

    @Column(name = "reason", length = 2000)
    private String reason;

    protected ConsensusScore() {
    }

    public ConsensusScore(int criterionNo, BigDecimal score, String comment, String reason) {
        this.criterionNo = criterionNo;
        this.score = score;
        this.comment = comment == null ? null : comment.strip();
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public int getCriterionNo() { return criterionNo; }
    public BigDecimal getScore() { return score; }
    public String getComment() { return comment; }
    public String getReason() { return reason; }
}
