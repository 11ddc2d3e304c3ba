package it.sfide.evaluation;

import it.sfide.challenge.TieBreak;
import it.sfide.shared.SfideException;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The evaluation committee of one phase of a challenge, appointed by the buying body's officers after the phase's
 * opening: it keeps its own copy of the criteria, thresholds, tie-break and blindness it judges by, and the rules
 * it works under. The same engine serves the stage gates between PCP phases (a committee of a later phase).
 */
@Entity
@Table(name = "evaluation_committee")
@NamedQuery(name = Committee.OF_PHASE, query = "SELECT c FROM Committee c WHERE c.challengeId = :challenge"
        + " AND c.phaseNumber = :phase")
@NamedQuery(name = Committee.OF_CHALLENGE, query = "SELECT c FROM Committee c WHERE c.challengeId = :challenge"
        + " ORDER BY c.phaseNumber")
public class Committee {

    public static final String OF_PHASE = "Committee.ofPhase";
    public static final String OF_CHALLENGE = "Committee.ofChallenge";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "phase_number", nullable = false)
    private int phaseNumber;

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    // a stage gate judges the proposals of the phase before (their contractors); null: this phase's proposals
    @Column(name = "proposals_phase")
    private Integer proposalsPhase;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private CommitteeStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_criterion", joinColumns = @JoinColumn(name = "committee_id"))
    @OrderBy("number")
    private List<EvaluationCriterion> criteria = new ArrayList<>();

    @Column(name = "overall_threshold")
    private Integer overallThreshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_break", nullable = false, length = 24)
    private TieBreak tieBreak;

    @Column(name = "blind", nullable = false)
    private boolean blind;

    @Column(name = "per_proposal", nullable = false)
    private int evaluatorsPerProposal;

    @Column(name = "scale_max", nullable = false, precision = 4, scale = 1)
    private BigDecimal scaleMax;

    @Column(name = "scale_step", nullable = false, precision = 4, scale = 1)
    private BigDecimal scaleStep;

    @Column(name = "min_comment", nullable = false)
    private int minCommentLength;

    @Column(name = "tolerance", nullable = false, precision = 4, scale = 1)
    private BigDecimal consensusTolerance;

    @Column(name = "appeal_days", nullable = false)
    private int appealDays;

    @Column(name = "appointed_by", nullable = false)
    private long appointedBy;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    @Column(name = "appointment_protocol", length = 40)
    private String appointmentProtocol;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "report_protocol", length = 40)
    private String reportProtocol;

    @Column(name = "ranked_at")
    private Instant rankedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Committee() {
    }

    /** Appoints a committee for a phase with the criteria it judges by; the weights must sum to 100. */
    public Committee(long challengeId, int phaseNumber, long bodyId, List<EvaluationCriterion> criteria,
            Integer overallThreshold, TieBreak tieBreak, boolean blind, EvaluationRules rules, long appointedBy,
            Instant now) {
        if (criteria.isEmpty() || criteria.stream().mapToInt(EvaluationCriterion::getWeight).sum() != 100) {
            throw SfideException.conflict("evaluation.error.noCriteria");
        }
        EvaluationRules r = rules.checked();
        this.challengeId = challengeId;
        this.phaseNumber = phaseNumber;
        this.bodyId = bodyId;
        this.criteria = new ArrayList<>(criteria);
        this.overallThreshold = overallThreshold;
        this.tieBreak = tieBreak == null ? TieBreak.FIRST_CRITERION : tieBreak;
        this.blind = blind;
        this.evaluatorsPerProposal = r.evaluatorsPerProposal();
        this.scaleMax = r.scaleMax();
        this.scaleStep = r.scaleStep();
        this.minCommentLength = r.minCommentLength();
        this.consensusTolerance = r.consensusTolerance();
        this.appealDays = r.appealDays();
        this.appointedBy = appointedBy;
        this.appointedAt = Objects.requireNonNull(now);
        this.updatedAt = now;
        this.status = CommitteeStatus.APPOINTED;
    }

    public EvaluationRules rules() {
        return new EvaluationRules(evaluatorsPerProposal, scaleMax, scaleStep, minCommentLength, consensusTolerance,
                appealDays);
    }

    /** The signed appointment was issued. */
    public void appointmentIssued(String protocol) {
        appointmentProtocol = Objects.requireNonNull(protocol);
    }

    /** Work was assigned: evaluators may score. Later assignments (reassignments) keep the status. */
    public void assigned(Instant now) {
        if (status == CommitteeStatus.APPOINTED) {
            status = CommitteeStatus.ASSIGNED;
            assignedAt = now;
        } else if (!status.isScoring()) {
            throw SfideException.conflict("evaluation.error.closed");
        }
        updatedAt = now;
    }

    /** The chair proposed a first consensus: evaluators may still finish (and revise) their reports. */
    public void consensusStarted(Instant now) {
        requireScoring();
        status = CommitteeStatus.CONSENSUS;
        updatedAt = now;
    }

    /** Ranked, and the committee report issued for every member to sign. */
    public void reported(String protocol, Instant now) {
        if (status != CommitteeStatus.CONSENSUS) {
            throw SfideException.conflict("evaluation.error.notInConsensus");
        }
        reportProtocol = Objects.requireNonNull(protocol);
        rankedAt = now;
        status = CommitteeStatus.REPORTED;
        updatedAt = now;
    }

    /** The buyer approved the ranking and awarded. */
    public void approved(Instant now) {
        if (status != CommitteeStatus.REPORTED) {
            throw SfideException.conflict("evaluation.error.notReported");
        }
        status = CommitteeStatus.APPROVED;
        updatedAt = now;
    }

    /** An accepted appeal reopens the consensus on the proposals it concerns: the committee works again. */
    public void reopen(Instant now) {
        status = CommitteeStatus.CONSENSUS;
        updatedAt = now;
    }

    /** Members may still be appointed, declare, recuse and be assigned work. */
    public void requireOpenToWork() {
        if (status != CommitteeStatus.APPOINTED && !status.isScoring()) {
            throw SfideException.conflict("evaluation.error.closed");
        }
    }

    /** Evaluators may write and revise their individual reports. */
    public void requireScoring() {
        if (!status.isScoring()) {
            throw SfideException.conflict(status == CommitteeStatus.APPOINTED ? "evaluation.error.notAssigned"
                    : "evaluation.error.closed");
        }
    }

    public EvaluationCriterion criterion(int number) {
        return criteria.stream().filter(c -> c.getNumber() == number).findFirst()
                .orElseThrow(() -> SfideException.invalid("criterion", "evaluation.error.noSuchCriterion"));
    }

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public int getPhaseNumber() { return phaseNumber; }

    /**
     * Makes this committee a PCP stage gate: it judges the contractors of an earlier phase (their proposals) and
     * selects who continues into its own phase.
     */
    public void judgesContractorsOf(int earlierPhase) {
        if (earlierPhase >= phaseNumber) {
            throw new IllegalArgumentException("a stage gate judges an earlier phase");
        }
        this.proposalsPhase = earlierPhase;
    }

    /** Whether it is a PCP stage gate, selecting an earlier phase's contractors for its own phase. */
    public boolean isStageGate() {
        return proposalsPhase != null;
    }

    /** The phase whose proposals the committee judges: its own, or for a stage gate the phase before. */
    public int getProposalsPhase() {
        return proposalsPhase == null ? phaseNumber : proposalsPhase;
    }
    public long getBodyId() { return bodyId; }
    public CommitteeStatus getStatus() { return status; }
    public List<EvaluationCriterion> getCriteria() { return List.copyOf(criteria); }
    public Integer getOverallThreshold() { return overallThreshold; }
    public TieBreak getTieBreak() { return tieBreak; }
    public boolean isBlind() { return blind; }
    public long getAppointedBy() { return appointedBy; }
    public Instant getAppointedAt() { return appointedAt; }
    public String getAppointmentProtocol() { return appointmentProtocol; }
    public Instant getAssignedAt() { return assignedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getReportProtocol() { return reportProtocol; }
    public Instant getRankedAt() { return rankedAt; }
}
