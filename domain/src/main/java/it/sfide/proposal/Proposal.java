package it.sfide.proposal;

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
 * An operator's proposal for one phase of a challenge: one per lead organisation and phase, started as a draft.
 * (Its sections, attachments, consortium and sealed submissions come with the rest of issue 5.)
 */
@Entity
@Table(name = "proposal")
@NamedQuery(name = Proposal.FIND, query = "SELECT p FROM Proposal p WHERE p.challengeId = :challenge"
        + " AND p.phaseNumber = :phase AND p.leadOrganisationId = :organisation")
@NamedQuery(name = Proposal.OF_ORGANISATION, query = "SELECT p FROM Proposal p"
        + " WHERE p.leadOrganisationId = :organisation ORDER BY p.updatedAt DESC")
@NamedQuery(name = Proposal.COUNT_STARTED, query = "SELECT COUNT(p) FROM Proposal p WHERE p.challengeId = :challenge"
        + " AND p.status <> it.sfide.proposal.ProposalStatus.WITHDRAWN")
public class Proposal {

    public static final String FIND = "Proposal.find";
    public static final String OF_ORGANISATION = "Proposal.ofOrganisation";
    public static final String COUNT_STARTED = "Proposal.countStarted";

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

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public int getPhaseNumber() { return phaseNumber; }
    public long getLeadOrganisationId() { return leadOrganisationId; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public ProposalStatus getStatus() { return status; }
}
