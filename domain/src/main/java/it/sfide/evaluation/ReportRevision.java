package it.sfide.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The history of a submitted individual report: each change after submission keeps the earlier scores and
 * comments, the reason, who changed it and when.
 */
@Entity
@Table(name = "evaluation_revision")
@NamedQuery(name = ReportRevision.OF_ASSIGNMENT, query = "SELECT r FROM ReportRevision r"
        + " WHERE r.assignmentId = :assignment ORDER BY r.revisionNo")
public class ReportRevision {

    public static final String OF_ASSIGNMENT = "ReportRevision.ofAssignment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "previous_scores", nullable = false, length = 400)
    private String previousScores;

    @Column(name = "previous_comments", nullable = false, length = 64000)
    private String previousComments;

    @Column(name = "revised_by", nullable = false)
    private long revisedBy;

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    protected ReportRevision() {
    }

    ReportRevision(long assignmentId, int revisionNo, String reason, List<CriterionScore> previous, long by,
            Instant now) {
        this.assignmentId = assignmentId;
        this.revisionNo = revisionNo;
        String r = reason.strip();
        this.reason = r.length() > 2000 ? r.substring(0, 2000) : r;
        this.previousScores = Assignment.summary(previous);
        this.previousComments = previous.stream().map(s -> s.getCriterionNo() + ": "
                + (s.getComment() == null ? "" : s.getComment())).collect(Collectors.joining("\n\n"));
        this.revisedBy = by;
        this.revisedAt = now;
    }

    public Long getId() { return id; }
    public long getAssignmentId() { return assignmentId; }
    public int getRevisionNo() { return revisionNo; }
    public String getReason() { return reason; }
    public String getPreviousScores() { return previousScores; }
    public String getPreviousComments() { return previousComments; }
    public long getRevisedBy() { return revisedBy; }
    public Instant getRevisedAt() { return revisedAt; }
}
