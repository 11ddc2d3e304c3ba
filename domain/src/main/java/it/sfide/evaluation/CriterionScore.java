package it.sfide.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One criterion's score and comment in an individual report; the score is null while a draft leaves it open. */
@Embeddable
public class CriterionScore {

    @Column(name = "criterion_no", nullable = false)
    private int criterionNo;

    @Column(name = "score", precision = 4, scale = 1)
    private BigDecimal score;

    @Column(name = "comment_text", length = 8000)
    private String comment;

    protected CriterionScore() {
    }

    public CriterionScore(int criterionNo, BigDecimal score, String comment) {
        this.criterionNo = criterionNo;
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public int getCriterionNo() { return criterionNo; }
    public BigDecimal getScore() { return score; }
    public String getComment() { return comment; }
}
