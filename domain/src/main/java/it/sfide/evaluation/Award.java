package it.sfide.evaluation;

import it.sfide.shared.SfideException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The buyer's approval of a committee's ranking and its award: the winners with their amounts, within the budget;
 * revision 1, then a new revision (with its reason) each time an accepted appeal changes the ranking. Applicants
 * may appeal until the window closes.
 */
@Entity
@Table(name = "evaluation_award")
@NamedQuery(name = Award.OF_COMMITTEE, query = "SELECT a FROM Award a WHERE a.committeeId = :committee"
        + " ORDER BY a.revision DESC")
public class Award {

    public static final String OF_COMMITTEE = "Award.ofCommittee";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_award_winner", joinColumns = @JoinColumn(name = "award_id"))
    private List<AwardWinner> winners = new ArrayList<>();

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "decided_by", nullable = false)
    private long decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "appeal_until", nullable = false)
    private Instant appealUntil;

    @Column(name = "decision_protocol", length = 40)
    private String decisionProtocol;

    protected Award() {
    }

    /**
     * An award: at least one winner, each once, with a positive amount, all ranked; several only where the
     * challenge allows; the total within the budget (when there is one). A re-issue needs a reason.
     */
    public Award(long committeeId, int revision, List<AwardWinner> winners, Set<Long> ranked, boolean several,
            BigDecimal budget, String reason, long by, Instant now, int appealDays) {
        if (winners.isEmpty()) {
            throw SfideException.invalid("winners", "evaluation.error.noWinner");
        }
        Set<Long> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < winners.size(); i++) {
            AwardWinner w = winners.get(i);
            if (!seen.add(w.getCandidateId()) || !ranked.contains(w.getCandidateId())) {
                throw SfideException.invalid("winners[" + i + "].candidateId", "evaluation.error.notRanked");
            }
            if (w.getAmount() == null || w.getAmount().signum() <= 0) {
                throw SfideException.invalid("winners[" + i + "].amount", "evaluation.error.amount");
            }
            total = total.add(w.getAmount());
        }
        if (winners.size() > 1 && !several) {
            throw SfideException.invalid("winners", "evaluation.error.oneWinner");
        }
        if (budget != null && total.compareTo(budget) > 0) {
            throw SfideException.invalid("winners", "evaluation.error.overBudget", total.toPlainString(),
                    budget.toPlainString());
        }
        if (revision > 1 && (reason == null || reason.isBlank())) {
            throw SfideException.invalid("reason", "evaluation.error.reasonRequired");
        }
        this.committeeId = committeeId;
        this.revision = revision;
        this.winners = new ArrayList<>(winners);
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.decidedBy = by;
        this.decidedAt = Objects.requireNonNull(now);
        this.appealUntil = now.plus(Duration.ofDays(appealDays));
    }

    public void decisionIssued(String protocol) {
        decisionProtocol = protocol;
    }

    public boolean isWinner(long candidateId) {
        return winners.stream().anyMatch(w -> w.getCandidateId() == candidateId);
    }

    /**
     * What the award means for an evaluated proposal: {@code AWARDED}, {@code NOT_AWARDED} (fundable, not among the
     * winners) or {@code NOT_FUNDABLE} (a threshold missed).
     */
    public String outcomeOf(Candidate candidate) {
        return isWinner(candidate.getId()) ? "AWARDED"
                : Boolean.TRUE.equals(candidate.getFundable()) ? "NOT_AWARDED" : "NOT_FUNDABLE";
    }

    public boolean appealOpen(Instant now) {
        return now.isBefore(appealUntil);
    }

    public Long getId() { return id; }
    public long getCommitteeId() { return committeeId; }
    public int getRevision() { return revision; }
    public List<AwardWinner> getWinners() { return List.copyOf(winners); }
    public String getReason() { return reason; }
    public long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getAppealUntil() { return appealUntil; }
    public String getDecisionProtocol() { return decisionProtocol; }
}
