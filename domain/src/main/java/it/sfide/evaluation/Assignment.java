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
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One evaluator's work on one proposal, and their individual report: scores and comments per criterion, saved as
 * drafts, then submitted and locked. A change after submission needs a reason and leaves the earlier version in
 * the history ({@link ReportRevision}).
 */
@Entity
@Table(name = "evaluation_assignment")
@NamedQuery(name = Assignment.OF_COMMITTEE, query = "SELECT a FROM Assignment a WHERE a.committeeId = :committee"
        + " ORDER BY a.candidateId, a.memberId", hints = {
            // the scores of a whole committee in one more query, not one per report (the chair's dashboard)
            @QueryHint(name = "eclipselink.batch", value = "a.scores"),
            @QueryHint(name = "eclipselink.batch.type", value = "IN")})
// the chair's dashboard: every active report's scores, without the comments, as plain values (no entities)
@NamedQuery(name = Assignment.SCORES_OF_COMMITTEE, query = "SELECT a.id, a.memberId, a.candidateId, a.status,"
        + " s.criterionNo, s.score FROM Assignment a LEFT JOIN a.scores s WHERE a.committeeId = :committee"
        + " AND a.status <> it.sfide.evaluation.AssignmentStatus.WITHDRAWN")
// the assignment board: who evaluates what, as plain values
@NamedQuery(name = Assignment.CELLS_OF_COMMITTEE, query = "SELECT a.memberId, a.candidateId, a.status, a.manual"
        + " FROM Assignment a WHERE a.committeeId = :committee"
        + " AND a.status <> it.sfide.evaluation.AssignmentStatus.WITHDRAWN ORDER BY a.candidateId, a.memberId")
@NamedQuery(name = Assignment.OF_CANDIDATES, query = "SELECT a FROM Assignment a WHERE a.committeeId = :committee"
        + " AND a.candidateId IN :candidates ORDER BY a.candidateId, a.memberId", hints = {
            @QueryHint(name = "eclipselink.batch", value = "a.scores"),
            @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = Assignment.OF_MEMBER, query = "SELECT a FROM Assignment a WHERE a.memberId = :member"
        + " AND a.status <> it.sfide.evaluation.AssignmentStatus.WITHDRAWN ORDER BY a.candidateId")
@NamedQuery(name = Assignment.FIND, query = "SELECT a FROM Assignment a WHERE a.memberId = :member"
        + " AND a.candidateId = :candidate AND a.status <> it.sfide.evaluation.AssignmentStatus.WITHDRAWN")
public class Assignment {

    public static final String OF_COMMITTEE = "Assignment.ofCommittee";
    public static final String OF_MEMBER = "Assignment.ofMember";
    public static final String SCORES_OF_COMMITTEE = "Assignment.scoresOfCommittee";
    public static final String OF_CANDIDATES = "Assignment.ofCandidates";
    public static final String CELLS_OF_COMMITTEE = "Assignment.cellsOfCommittee";
    public static final String FIND = "Assignment.find";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private AssignmentStatus status;

    @Column(name = "manual", nullable = false)
    private boolean manual;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "revisions", nullable = false)
    private int revisions;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderBy("criterionNo")
    private List<CriterionScore> scores = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Assignment() {
    }

    public Assignment(long committeeId, long memberId, long candidateId, boolean manual, Instant now) {
        this.committeeId = committeeId;
        this.memberId = memberId;
        this.candidateId = candidateId;
        this.manual = manual;
        this.assignedAt = Objects.requireNonNull(now);
        this.status = AssignmentStatus.ASSIGNED;
    }

    /** Saves a draft: whatever is filled in must already be right (scores on the scale); the rest may wait. */
    public void saveDraft(List<CriterionScore> entries, List<EvaluationCriterion> criteria, EvaluationRules rules,
            Instant now) {
        if (status == AssignmentStatus.SUBMITTED) {
            throw SfideException.conflict("evaluation.error.reportLocked");
        }
        requireActive();
        Map<Integer, CriterionScore> given = check(entries, criteria, rules, false);
        scores = new ArrayList<>(given.values());
        status = AssignmentStatus.DRAFT;
        savedAt = now;
    }

    /** Submits the individual report: every criterion scored on the scale, with a long enough comment. Locks it. */
    public void submit(List<CriterionScore> entries, List<EvaluationCriterion> criteria, EvaluationRules rules,
            Instant now) {
        if (status == AssignmentStatus.SUBMITTED) {
            throw SfideException.conflict("evaluation.error.reportLocked");
        }
        requireActive();
        scores = new ArrayList<>(check(entries, criteria, rules, true).values());
        status = AssignmentStatus.SUBMITTED;
        savedAt = now;
        submittedAt = now;
    }

    /**
     * Changes a submitted report, with a reason: returns the earlier version for the history. The new scores must
     * be complete like a submission.
     */
    public ReportRevision revise(List<CriterionScore> entries, String reason, List<EvaluationCriterion> criteria,
            EvaluationRules rules, long by, Instant now) {
        if (status != AssignmentStatus.SUBMITTED) {
            throw SfideException.conflict("evaluation.error.notSubmitted");
        }
        if (reason == null || reason.isBlank()) {
            throw SfideException.invalid("reason", "evaluation.error.reasonRequired");
        }
        Map<Integer, CriterionScore> checked = check(entries, criteria, rules, true);
        // a stored assignment always has its id; one not stored yet (a unit test) has none
        ReportRevision revision = new ReportRevision(id == null ? 0L : id, ++revisions, reason, List.copyOf(scores), by, now);
        scores = new ArrayList<>(checked.values());
        savedAt = now;
        return revision;
    }

    /** The evaluator recused or was replaced: the work goes to someone else. */
    public void withdraw(Instant now) {
        requireActive();
        status = AssignmentStatus.WITHDRAWN;
        savedAt = now;
    }

    private void requireActive() {
        if (status == AssignmentStatus.WITHDRAWN) {
            throw SfideException.notFound("evaluation.error.notAssigned");
        }
    }

    private static Map<Integer, CriterionScore> check(List<CriterionScore> entries, List<EvaluationCriterion> criteria,
            EvaluationRules rules, boolean complete) {
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        Map<Integer, CriterionScore> given = new TreeMap<>();
        for (CriterionScore e : entries) {
            if (criteria.stream().noneMatch(c -> c.getNumber() == e.getCriterionNo())) {
                problems.add("criterion", "evaluation.error.noSuchCriterion");
                continue;
            }
            given.put(e.getCriterionNo(), e);
        }
        for (EvaluationCriterion c : criteria) {
            String field = "scores[" + c.getNumber() + "]";
            CriterionScore e = given.get(c.getNumber());
            BigDecimal score = e == null ? null : e.getScore();
            String comment = e == null ? null : e.getComment();
            if (score == null) {
                problems.check(!complete, field + ".score", "evaluation.error.scoreMissing");
            } else {
                problems.check(rules.onScale(score), field + ".score", "evaluation.error.offScale",
                        rules.scaleMax().toPlainString(), rules.scaleStep().toPlainString());
            }
            int length = comment == null ? 0 : comment.codePointCount(0, comment.length());
            problems.check(!complete || length >= Math.max(1, rules.minCommentLength()), field + ".comment",
                    "evaluation.error.commentShort", rules.minCommentLength());
            problems.check(length <= 8000, field + ".comment", "evaluation.error.commentLong", 8000);
            if (e != null) {
                given.put(c.getNumber(), new CriterionScore(c.getNumber(),
                        score == null ? null : score.setScale(1, RoundingMode.HALF_UP), comment));
            }
        }
        problems.throwIfAny();
        return given;
    }

    public Optional<BigDecimal> score(int criterionNo) {
        return scores.stream().filter(s -> s.getCriterionNo() == criterionNo).map(CriterionScore::getScore)
                .filter(Objects::nonNull).findFirst();
    }

    /** Scores by criterion number, as a readable line for the history: "1=3.5; 2=4.0". */
    static String summary(List<CriterionScore> scores) {
        return scores.stream().map(s -> s.getCriterionNo() + "=" + (s.getScore() == null ? "-"
                : s.getScore().toPlainString())).collect(Collectors.joining("; "));
    }

    public boolean isSubmitted() {
        return status == AssignmentStatus.SUBMITTED;
    }

    public Long getId() { return id; }
    public long getCommitteeId() { return committeeId; }
    public long getMemberId() { return memberId; }
    public long getCandidateId() { return candidateId; }
    public AssignmentStatus getStatus() { return status; }
    public boolean isManual() { return manual; }
    public Instant getAssignedAt() { return assignedAt; }
    public Instant getSavedAt() { return savedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public int getRevisions() { return revisions; }
    public List<CriterionScore> getScores() { return List.copyOf(scores); }
}
