package it.sfide.evaluation;

import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An applicant's appeal against the results, once per proposal and within the window: its text (and files, kept
 * apart), then the buyer's decision with a reason, issued as a signed document.
 */
@Entity
@Table(name = "evaluation_appeal")
@NamedQuery(name = Appeal.OF_COMMITTEE, query = "SELECT a FROM Appeal a WHERE a.committeeId = :committee"
        + " ORDER BY a.lodgedAt")
@NamedQuery(name = Appeal.OF_CANDIDATE, query = "SELECT a FROM Appeal a WHERE a.candidateId = :candidate")
public class Appeal {

    public static final String OF_COMMITTEE = "Appeal.ofCommittee";
    public static final String OF_CANDIDATE = "Appeal.ofCandidate";
    public static final int TEXT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "candidate_id", nullable = false, unique = true)
    private long candidateId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "appeal_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "lodged_by", nullable = false)
    private long lodgedBy;

    @Column(name = "lodged_at", nullable = false)
    private Instant lodgedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private AppealStatus status;

    @Column(name = "reason", length = 4000)
    private String reason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_protocol", length = 40)
    private String decisionProtocol;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Appeal() {
    }

    public Appeal(long committeeId, long candidateId, long organisationId, String text, long by, Instant now) {
        if (text == null || text.isBlank()) {
            throw SfideException.invalid("text", "evaluation.error.appealText");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw SfideException.invalid("text", "evaluation.error.appealLong", TEXT_MAX);
        }
        this.committeeId = committeeId;
        this.candidateId = candidateId;
        this.organisationId = organisationId;
        this.text = text.strip();
        this.lodgedBy = by;
        this.lodgedAt = Objects.requireNonNull(now);
        this.status = AppealStatus.LODGED;
    }

    /** The buyer decides, once, with a reason. */
    public void decide(boolean accepted, String why, long by, Instant now) {
        if (status != AppealStatus.LODGED) {
            throw SfideException.conflict("evaluation.error.appealDecided");
        }
        if (why == null || why.isBlank()) {
            throw SfideException.invalid("reason", "evaluation.error.reasonRequired");
        }
        status = accepted ? AppealStatus.ACCEPTED : AppealStatus.REJECTED;
        reason = why.strip().length() > 4000 ? why.strip().substring(0, 4000) : why.strip();
        decidedBy = by;
        decidedAt = now;
    }

    public void decisionIssued(String protocol) {
        decisionProtocol = protocol;
    }

    public Long getId() { return id; }
    public long getCommitteeId() { return committeeId; }
    public long getCandidateId() { return candidateId; }
    public long getOrganisationId() { return organisationId; }
    public String getText() { return text; }
    public long getLodgedBy() { return lodgedBy; }
    public Instant getLodgedAt() { return lodgedAt; }
    public AppealStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionProtocol() { return decisionProtocol; }
}
