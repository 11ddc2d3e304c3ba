package it.sfide.evaluation;

import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A proposal before a committee: its anonymous code (what evaluators of a blind challenge see instead of the
 * applicant), the facts the ranking needs (lead organisation, receipt, submission time), and the committee's
 * consensus on it, with its weighted total and whether it is fundable.
 */
@Entity
@Table(name = "evaluation_candidate")
@NamedQuery(name = Candidate.OF_COMMITTEE, query = "SELECT c FROM Candidate c WHERE c.committeeId = :committee"
        + " ORDER BY c.code", hints = {
            @QueryHint(name = "eclipselink.batch", value = "c.consensus"),
            @QueryHint(name = "eclipselink.batch.type", value = "IN")})
// the chair's dashboard: the facts of every proposal as plain values, without the consensus comments
@NamedQuery(name = Candidate.LINES_OF_COMMITTEE, query = "SELECT c.id, c.code, c.proposalId, c.leadOrganisationId,"
        + " c.consensusStatus, c.total, c.fundable, c.rank FROM Candidate c WHERE c.committeeId = :committee")
@NamedQuery(name = Candidate.BY_IDS, query = "SELECT c FROM Candidate c WHERE c.id IN :ids", hints = {
            @QueryHint(name = "eclipselink.batch", value = "c.consensus"),
            @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = Candidate.OF_PROPOSAL, query = "SELECT c FROM Candidate c WHERE c.proposalId = :proposal"
        + " ORDER BY c.id DESC")
public class Candidate {

    public static final String OF_PROPOSAL = "Candidate.ofProposal";

    /** The ranking's order: ranked proposals by position, then the unranked, each by code. */
    public static final java.util.Comparator<Candidate> BY_RANK = java.util.Comparator
            .comparing((Candidate x) -> x.rank == null ? Integer.MAX_VALUE : x.rank).thenComparing(Candidate::getCode);

    public static final String OF_COMMITTEE = "Candidate.ofCommittee";
    public static final String LINES_OF_COMMITTEE = "Candidate.linesOfCommittee";
    public static final String BY_IDS = "Candidate.byIds";

    /** Codes in their order: P-02 before P-10, P-99 before P-100. */
    public static final java.util.Comparator<String> CODE_ORDER = java.util.Comparator.comparingInt(String::length)
            .thenComparing(java.util.Comparator.naturalOrder());

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "code", nullable = false, length = 12)
    private String code;

    @Column(name = "lead_organisation_id", nullable = false)
    private long leadOrganisationId;

    @Column(name = "receipt_protocol", length = 40)
    private String receiptProtocol;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "consensus_status", nullable = false, length = 12)
    private ConsensusStatus consensusStatus;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_consensus_score", joinColumns = @JoinColumn(name = "candidate_id"))
    @OrderBy("criterionNo")
    private List<ConsensusScore> consensus = new ArrayList<>();

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "total", precision = 6, scale = 2)
    private BigDecimal total;

    @Column(name = "fundable")
    private Boolean fundable;

    @Column(name = "ranking_position")
    private Integer rank;

    @Column(name = "letter_protocol", length = 40)
    private String letterProtocol;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Candidate() {
    }

    public Candidate(long committeeId, long proposalId, String code, long leadOrganisationId, String receiptProtocol,
            Instant submittedAt) {
        this.committeeId = committeeId;
        this.proposalId = proposalId;
        this.code = Objects.requireNonNull(code);
        this.leadOrganisationId = leadOrganisationId;
        this.receiptProtocol = receiptProtocol;
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.consensusStatus = ConsensusStatus.OPEN;
    }

    /** The anonymous code of the n-th proposal (by submission time): P-01, P-02, … */
    public static String code(int n) {
        return String.format("P-%02d", n);
    }

    /**
     * The chair proposes the committee's scores: one per criterion, on the scale, with a comment; where a score
     * departs from the evaluators' mean by more than the tolerance, a reason. A new proposal replaces the last
     * one, and members answer again.
     */
    public void proposeConsensus(List<ConsensusScore> entries, Map<Integer, BigDecimal> means,
            List<EvaluationCriterion> criteria, EvaluationRules rules, Integer overallThreshold, Instant now) {
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        Map<Integer, ConsensusScore> given = new TreeMap<>();
        entries.forEach(e -> given.put(e.getCriterionNo(), e));
        List<ConsensusScore> checked = new ArrayList<>();
        for (EvaluationCriterion c : criteria) {
            String field = "consensus[" + c.getNumber() + "]";
            ConsensusScore e = given.get(c.getNumber());
            BigDecimal score = e == null ? null : e.getScore();
            if (score == null) {
                problems.add(field + ".score", "evaluation.error.scoreMissing");
                continue;
            }
            boolean onScale = rules.onScale(score);
            problems.check(onScale, field + ".score", "evaluation.error.offScale", rules.scaleMax().toPlainString(),
                    rules.scaleStep().toPlainString());
            problems.check(e.getComment() != null && !e.getComment().isBlank(), field + ".comment",
                    "evaluation.error.commentShort", Math.max(1, rules.minCommentLength()));
            BigDecimal mean = means.get(c.getNumber());
            boolean departs = mean != null && score.subtract(mean).abs().compareTo(rules.consensusTolerance()) > 0;
            problems.check(!departs || e.getReason() != null, field + ".reason", "evaluation.error.consensusReason",
                    mean == null ? "" : mean.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    rules.consensusTolerance().toPlainString());
            checked.add(new ConsensusScore(c.getNumber(), score.setScale(1, RoundingMode.HALF_UP), e.getComment(),
                    e.getReason()));
        }
        problems.throwIfAny();
        consensus = checked;
        consensusStatus = ConsensusStatus.PROPOSED;
        proposedAt = now;
        total = weightedTotal(checked, criteria, rules);
        fundable = fundable(checked, criteria, rules, overallThreshold, total);
        rank = null;
    }

    /** Every evaluator of the proposal agreed or recorded a dissent: the consensus is final. */
    public void settle() {
        if (consensusStatus != ConsensusStatus.PROPOSED) {
            throw SfideException.conflict("evaluation.error.noConsensus");
        }
        consensusStatus = ConsensusStatus.FINAL;
    }

    /** Its place in the ranking, or null when not ranked (not fundable). */
    public void ranked(Integer position) {
        if (consensusStatus != ConsensusStatus.FINAL) {
            throw SfideException.conflict("evaluation.error.notFinal");
        }
        rank = position;
    }

    /** An accepted appeal: the committee evaluates the proposal again, from its individual reports. */
    public void reopen() {
        consensusStatus = ConsensusStatus.OPEN;
        consensus = new ArrayList<>();
        total = null;
        fundable = null;
        rank = null;
    }

    /** The results letter was issued. */
    public void letterIssued(String protocol) {
        letterProtocol = protocol;
    }

    /** The weighted total out of 100: Σ weight × score / scale maximum, two decimals. */
    public static BigDecimal weightedTotal(List<ConsensusScore> scores, List<EvaluationCriterion> criteria,
            EvaluationRules rules) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ConsensusScore s : scores) {
            sum = sum.add(weighted(s.getScore(), weight(criteria, s.getCriterionNo()), rules));
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    /** A criterion's score in weighted points (out of its weight). */
    public static BigDecimal weighted(BigDecimal score, int weight, EvaluationRules rules) {
        return score.multiply(BigDecimal.valueOf(weight)).divide(rules.scaleMax(), 4, RoundingMode.HALF_UP);
    }

    private static int weight(List<EvaluationCriterion> criteria, int number) {
        return criteria.stream().filter(c -> c.getNumber() == number).findFirst().orElseThrow().getWeight();
    }

    /** At or above every criterion's threshold (in weighted points) and the overall threshold (out of 100). */
    static boolean fundable(List<ConsensusScore> scores, List<EvaluationCriterion> criteria, EvaluationRules rules,
            Integer overallThreshold, BigDecimal total) {
        for (ConsensusScore s : scores) {
            EvaluationCriterion c = criteria.stream().filter(k -> k.getNumber() == s.getCriterionNo()).findFirst()
                    .orElseThrow();
            if (c.getThreshold() != null
                    && weighted(s.getScore(), c.getWeight(), rules).compareTo(BigDecimal.valueOf(c.getThreshold())) < 0) {
                return false;
            }
        }
        return overallThreshold == null || total.compareTo(BigDecimal.valueOf(overallThreshold)) >= 0;
    }

    public boolean isFinal() {
        return consensusStatus == ConsensusStatus.FINAL;
    }

    public Long getId() { return id; }
    public long getCommitteeId() { return committeeId; }
    public long getProposalId() { return proposalId; }
    public String getCode() { return code; }
    public long getLeadOrganisationId() { return leadOrganisationId; }
    public String getReceiptProtocol() { return receiptProtocol; }
    public Instant getSubmittedAt() { return submittedAt; }
    public ConsensusStatus getConsensusStatus() { return consensusStatus; }
    public List<ConsensusScore> getConsensus() { return List.copyOf(consensus); }
    public Instant getProposedAt() { return proposedAt; }
    public BigDecimal getTotal() { return total; }
    public Boolean getFundable() { return fundable; }
    public Integer getRank() { return rank; }
    public String getLetterProtocol() { return letterProtocol; }
}
