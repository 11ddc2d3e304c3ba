package it.sfide.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A winner of an award: the proposal (its candidate) and the amount awarded to it. */
@Embeddable
public class AwardWinner {

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    protected AwardWinner() {
    }

    public AwardWinner(long candidateId, BigDecimal amount) {
        this.candidateId = candidateId;
        this.amount = amount;
    }

    public long getCandidateId() { return candidateId; }
    public BigDecimal getAmount() { return amount; }
}
