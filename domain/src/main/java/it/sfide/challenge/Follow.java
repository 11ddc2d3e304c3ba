package it.sfide.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A person follows a challenge, or a public body (and so every challenge it publishes): they are e-mailed its
 * amendments, published answers and results.
 */
@Entity
@Table(name = "challenge_follow")
@NamedQuery(name = Follow.OF_ACCOUNT,
        query = "SELECT f FROM Follow f WHERE f.accountId = :account ORDER BY f.createdAt DESC")
@NamedQuery(name = Follow.FOLLOWERS,
        query = "SELECT DISTINCT f.accountId FROM Follow f WHERE f.challengeId = :challenge OR f.bodyId = :body")
@NamedQuery(name = Follow.FIND_CHALLENGE,
        query = "SELECT f FROM Follow f WHERE f.accountId = :account AND f.challengeId = :challenge")
@NamedQuery(name = Follow.FIND_BODY,
        query = "SELECT f FROM Follow f WHERE f.accountId = :account AND f.bodyId = :body")
public class Follow {

    public static final String OF_ACCOUNT = "Follow.ofAccount";
    public static final String FOLLOWERS = "Follow.followers";
    public static final String FIND_CHALLENGE = "Follow.findChallenge";
    public static final String FIND_BODY = "Follow.findBody";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "challenge_id")
    private Long challengeId;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Follow() {
    }

    private Follow(long accountId, Long challengeId, Long bodyId, Instant now) {
        this.accountId = accountId;
        this.challengeId = challengeId;
        this.bodyId = bodyId;
        this.createdAt = now;
    }

    public static Follow challenge(long accountId, long challengeId, Instant now) {
        return new Follow(accountId, challengeId, null, now);
    }

    public static Follow body(long accountId, long bodyId, Instant now) {
        return new Follow(accountId, null, bodyId, now);
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public Long getChallengeId() { return challengeId; }
    public Long getBodyId() { return bodyId; }
    public Instant getCreatedAt() { return createdAt; }
}
