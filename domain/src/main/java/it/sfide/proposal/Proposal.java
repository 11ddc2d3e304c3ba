package it.sfide.proposal;

import it.sfide.shared.SfideException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * An operator's proposal for one phase of a challenge: one per lead organisation and phase, started as a draft.
 * Its sections are kept encrypted ({@code formCipher}: the platform never stores them in clear); each submission
 * or withdrawal is a {@link Submission}; the current one is the only one ever opened.
 */
@Entity
@Table(name = "proposal")
@NamedQuery(name = Proposal.STATUSES, query = "SELECT p.id, p.status FROM Proposal p WHERE p.id IN :ids")
@NamedQuery(name = Proposal.FIND, query = "SELECT p FROM Proposal p WHERE p.challengeId = :challenge"
        + " AND p.phaseNumber = :phase AND p.leadOrganisationId = :organisation")
@NamedQuery(name = Proposal.OF_ORGANISATION, query = "SELECT p FROM Proposal p"
        + " WHERE p.leadOrganisationId = :organisation ORDER BY p.updatedAt DESC")
@NamedQuery(name = Proposal.OF_PHASE, query = "SELECT p FROM Proposal p WHERE p.challengeId = :challenge"
        + " AND p.phaseNumber = :phase ORDER BY p.id")
@NamedQuery(name = Proposal.COUNT_SUBMITTED, query = "SELECT COUNT(p) FROM Proposal p"
        + " WHERE p.challengeId = :challenge AND p.phaseNumber = :phase AND p.currentSubmissionId IS NOT NULL")
@NamedQuery(name = Proposal.COUNT_STARTED, query = "SELECT COUNT(p) FROM Proposal p WHERE p.challengeId = :challenge"
        + " AND p.status <> it.sfide.proposal.ProposalStatus.WITHDRAWN")
public class Proposal {

    public static final String STATUSES = "Proposal.statuses";
    public static final String FIND = "Proposal.find";
    public static final String OF_ORGANISATION = "Proposal.ofOrganisation";
    public static final String COUNT_STARTED = "Proposal.countStarted";
    public static final String OF_PHASE = "Proposal.ofPhase";
    public static final String COUNT_SUBMITTED = "Proposal.countSubmitted";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "phase_number", nullable = false)
    private int phaseNumber;

    @Column(name = "lead_organisation_id", nullable = false)
    private long leadOrganisationId;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProposalStatus status;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "form_cipher")
    private byte[] formCipher;

    @Column(name = "current_submission_id")
    private Long currentSubmissionId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Lob
    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Proposal() {
    }

    /** A new draft of the lead organisation, started by one of its members. */
    public Proposal(long challengeId, int phaseNumber, long leadOrganisationId, long createdBy, Instant now) {
        this.challengeId = challengeId;
        this.phaseNumber = phaseNumber;
        this.leadOrganisationId = leadOrganisationId;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
        this.status = ProposalStatus.DRAFT;
    }

    public boolean belongsTo(Long organisationId) {
        return organisationId != null && organisationId == leadOrganisationId;
    }

    /** Whether its organisations may still change it: until it is opened (the service checks the deadline). */
    public boolean isEditable() {
        return status == ProposalStatus.DRAFT || status == ProposalStatus.SUBMITTED
                || status == ProposalStatus.WITHDRAWN;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw SfideException.conflict("proposal.error.notEditable");
        }
    }

    /** The draft's sections, saved as the operator works, encrypted by the caller. */
    public void saveForm(byte[] cipher, Instant now) {
        requireEditable();
        formCipher = cipher.clone();
        updatedAt = now;
    }

    /** Something else of the draft changed (an attachment, a partner). */
    public void touch(Instant now) {
        requireEditable();
        updatedAt = now;
    }

    /** A submission was sealed and committed: it replaces any earlier one. */
    public void submitted(long submissionId, Instant at) {
        requireEditable();
        currentSubmissionId = submissionId;
        submittedAt = at;
        status = ProposalStatus.SUBMITTED;
        updatedAt = at;
    }

    /** The lead withdraws the current submission: nothing of this proposal will be opened. */
    public void withdraw(Instant at) {
        if (status != ProposalStatus.SUBMITTED) {
            throw SfideException.conflict("proposal.error.notSubmitted");
        }
        currentSubmissionId = null;
        status = ProposalStatus.WITHDRAWN;
        updatedAt = at;
    }

    /** The phase's opening reached this proposal's current submission. */
    public void opened(Instant at) {
        if (status != ProposalStatus.SUBMITTED) {
            throw SfideException.conflict("proposal.error.notSubmitted");
        }
        status = ProposalStatus.OPENED;
        updatedAt = at;
    }

    /**
     * The buyer decides whether the opened proposal is admissible; an inadmissible one needs the reason (which the
     * operator is told). The decision may be corrected until evaluation starts.
     */
    public void decideAdmissibility(boolean admissible, String reason, long officer, Instant at) {
        if (status != ProposalStatus.OPENED && status != ProposalStatus.ADMISSIBLE
                && status != ProposalStatus.INADMISSIBLE) {
            throw SfideException.conflict("proposal.error.notOpened");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!admissible && why == null) {
            throw SfideException.invalid("reason", "proposal.error.reasonRequired");
        }
        if (why != null && why.length() > 5_000) {
            throw SfideException.invalid("reason", "proposal.error.tooLong", 5_000);
        }
        status = admissible ? ProposalStatus.ADMISSIBLE : ProposalStatus.INADMISSIBLE;
        statusReason = why;
        decidedBy = officer;
        decidedAt = at;
        updatedAt = at;
    }

    /**
     * The award's outcome for an evaluated proposal: awarded or not. Re-issued awards (after an appeal) may change
     * it.
     */
    public void outcome(boolean awarded, Instant at) {
        if (status != ProposalStatus.ADMISSIBLE && status != ProposalStatus.EVALUATED
                && status != ProposalStatus.RANKED && status != ProposalStatus.AWARDED
                && status != ProposalStatus.NOT_AWARDED) {
            throw SfideException.conflict("proposal.error.notEvaluated");
        }
        status = awarded ? ProposalStatus.AWARDED : ProposalStatus.NOT_AWARDED;
        updatedAt = at;
    }

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public int getPhaseNumber() { return phaseNumber; }
    public long getLeadOrganisationId() { return leadOrganisationId; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public ProposalStatus getStatus() { return status; }
    public byte[] getFormCipher() { return formCipher == null ? null : formCipher.clone(); }
    public Long getCurrentSubmissionId() { return currentSubmissionId; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getStatusReason() { return statusReason; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
