package it.sfide.proposal;

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

import java.time.Instant;
import java.util.Objects;

/**
 * A partner of a consortium: an operator organisation the lead invited with a role and a budget share (kept
 * encrypted like the draft). It answers once; when it accepts, its members see and edit the draft. The lead may
 * remove a partner while the proposal is editable.
 */
@Entity
@Table(name = "proposal_partner")
@NamedQuery(name = Partner.OF_PROPOSAL, query = "SELECT p FROM Partner p WHERE p.proposalId = :proposal"
        + " ORDER BY p.id")
@NamedQuery(name = Partner.OF_ORGANISATION, query = "SELECT p FROM Partner p"
        + " WHERE p.organisationId = :organisation AND p.status <> it.sfide.proposal.PartnerStatus.DECLINED"
        + " ORDER BY p.invitedAt DESC")
@NamedQuery(name = Partner.FIND, query = "SELECT p FROM Partner p WHERE p.proposalId = :proposal"
        + " AND p.organisationId = :organisation")
public class Partner {

    public static final String OF_PROPOSAL = "Partner.ofProposal";
    public static final String OF_ORGANISATION = "Partner.ofOrganisation";
    public static final String FIND = "Partner.find";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "terms_cipher", nullable = false)
    private byte[] termsCipher;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private PartnerStatus status;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Partner() {
    }

    public Partner(long proposalId, long organisationId, byte[] termsCipher, long invitedBy, Instant now) {
        this.proposalId = proposalId;
        this.organisationId = organisationId;
        this.termsCipher = termsCipher.clone();
        this.invitedBy = invitedBy;
        this.invitedAt = Objects.requireNonNull(now);
        this.status = PartnerStatus.INVITED;
    }

    /** The partner's answer, once. */
    public void answer(boolean accept, long account, Instant now) {
        if (status != PartnerStatus.INVITED) {
            throw SfideException.conflict("proposal.error.partnerAnswered");
        }
        status = accept ? PartnerStatus.ACCEPTED : PartnerStatus.DECLINED;
        answeredBy = account;
        answeredAt = now;
    }

    /** The lead changes the role or share, or invites a partner that declined again: it has to answer again. */
    public void changeTerms(byte[] cipher, Instant now) {
        termsCipher = cipher.clone();
        status = PartnerStatus.INVITED;
        answeredBy = null;
        answeredAt = null;
        invitedAt = now;
    }

    public boolean isConfirmed() {
        return status == PartnerStatus.ACCEPTED;
    }

    public Long getId() { return id; }
    public long getProposalId() { return proposalId; }
    public long getOrganisationId() { return organisationId; }
    public byte[] getTermsCipher() { return termsCipher.clone(); }
    public PartnerStatus getStatus() { return status; }
    public long getInvitedBy() { return invitedBy; }
    public Instant getInvitedAt() { return invitedAt; }
    public Long getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
}
