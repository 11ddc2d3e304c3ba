package it.sfide.challenge;

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
 * Another public body invited by the buyer to co-sponsor a challenge. Once it accepts, its officers follow
 * everything the buyer's officers see, except sealed proposal content; it answers once.
 */
@Entity
@Table(name = "challenge_cosponsor")
@NamedQuery(name = CoSponsor.OF_CHALLENGE,
        query = "SELECT s FROM CoSponsor s WHERE s.challengeId = :challenge ORDER BY s.invitedAt")
@NamedQuery(name = CoSponsor.OF_BODY,
        query = "SELECT s FROM CoSponsor s WHERE s.organisationId = :body ORDER BY s.invitedAt DESC")
@NamedQuery(name = CoSponsor.ACCEPTED_BY,
        query = "SELECT COUNT(s) FROM CoSponsor s WHERE s.challengeId = :challenge AND s.organisationId = :body"
                + " AND s.status = it.sfide.challenge.CoSponsorStatus.ACCEPTED")
@NamedQuery(name = CoSponsor.INVITED_OR_ACCEPTED,
        query = "SELECT COUNT(s) FROM CoSponsor s WHERE s.challengeId = :challenge AND s.organisationId = :body"
                + " AND s.status <> it.sfide.challenge.CoSponsorStatus.DECLINED")
public class CoSponsor {

    public static final String OF_CHALLENGE = "CoSponsor.ofChallenge";
    public static final String OF_BODY = "CoSponsor.ofBody";
    public static final String ACCEPTED_BY = "CoSponsor.acceptedBy";
    public static final String INVITED_OR_ACCEPTED = "CoSponsor.invitedOrAccepted";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CoSponsorStatus status;

    @Column(name = "invited_by", nullable = false, length = 60)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected CoSponsor() {
    }

    public CoSponsor(long challengeId, long organisationId, String invitedBy, Instant now) {
        this.challengeId = challengeId;
        this.organisationId = organisationId;
        this.invitedBy = Objects.requireNonNull(invitedBy);
        this.invitedAt = Objects.requireNonNull(now);
        this.status = CoSponsorStatus.INVITED;
    }

    /** The invited body accepts or declines, once. */
    public void answer(boolean accept, String officer, Instant now) {
        if (status != CoSponsorStatus.INVITED) {
            throw SfideException.conflict("challenge.cosponsor.error.answered");
        }
        status = accept ? CoSponsorStatus.ACCEPTED : CoSponsorStatus.DECLINED;
        answeredBy = Objects.requireNonNull(officer);
        answeredAt = now;
    }

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public long getOrganisationId() { return organisationId; }
    public CoSponsorStatus getStatus() { return status; }
    public String getInvitedBy() { return invitedBy; }
    public Instant getInvitedAt() { return invitedAt; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
}
