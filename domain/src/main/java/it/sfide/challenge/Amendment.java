package it.sfide.challenge;

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
 * One change to a published challenge, kept forever with its reason, who made it and the protocol of the notice
 * re-issued for it: the public history of the challenge.
 */
@Entity
@Table(name = "challenge_amendment")
@NamedQuery(name = Amendment.OF_CHALLENGE,
        query = "SELECT a FROM Amendment a WHERE a.challengeId = :challenge ORDER BY a.madeAt, a.id")
public class Amendment {

    public static final String OF_CHALLENGE = "Amendment.ofChallenge";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AmendmentKind kind;

    @Column(name = "reason", nullable = false, length = Challenge.REASON_MAX)
    private String reason;

    @Column(name = "phase_number")
    private Integer phaseNumber;

    @Column(name = "old_close")
    private Instant oldClose;

    @Column(name = "new_close")
    private Instant newClose;

    @Column(name = "made_by", nullable = false, length = 60)
    private String madeBy;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "notice_protocol", length = 20)
    private String noticeProtocol;

    protected Amendment() {
    }

    public Amendment(long challengeId, AmendmentKind kind, String reason, String madeBy, Instant madeAt) {
        this.challengeId = challengeId;
        this.kind = Objects.requireNonNull(kind);
        this.reason = Objects.requireNonNull(reason).strip();
        this.madeBy = Objects.requireNonNull(madeBy);
        this.madeAt = Objects.requireNonNull(madeAt);
    }

    /** A deadline amendment: which phase, from when to when. */
    public Amendment ofPhase(int number, Instant from, Instant to) {
        this.phaseNumber = number;
        this.oldClose = from;
        this.newClose = to;
        return this;
    }

    /** The notice re-issued for this amendment. */
    public void noticeIssued(String protocol) {
        this.noticeProtocol = protocol;
    }

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public AmendmentKind getKind() { return kind; }
    public String getReason() { return reason; }
    public Integer getPhaseNumber() { return phaseNumber; }
    public Instant getOldClose() { return oldClose; }
    public Instant getNewClose() { return newClose; }
    public String getMadeBy() { return madeBy; }
    public Instant getMadeAt() { return madeAt; }
    public String getNoticeProtocol() { return noticeProtocol; }
}
