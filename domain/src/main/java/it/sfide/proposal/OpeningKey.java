package it.sfide.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The key pair of one phase's opening, created when the challenge is published: submissions are sealed to its
 * public key; its private key is stored wrapped under a key held outside the database and is unwrapped only by
 * the opening, which records when.
 */
@Entity
@Table(name = "proposal_opening_key")
@NamedQuery(name = OpeningKey.FIND, query = "SELECT k FROM OpeningKey k WHERE k.challengeId = :challenge"
        + " AND k.phaseNumber = :phase")
public class OpeningKey {

    public static final String FIND = "OpeningKey.find";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "phase_number", nullable = false)
    private int phaseNumber;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Lob
    @Column(name = "wrapped_private_key", nullable = false)
    private byte[] wrappedPrivateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "unwrapped_at")
    private Instant unwrappedAt;

    protected OpeningKey() {
    }

    /** @param keyId the hex SHA-256 of the public key (its identifier in the CMS envelopes) */
    public OpeningKey(long challengeId, int phaseNumber, String keyId, byte[] publicKey, byte[] wrappedPrivateKey,
            Instant now) {
        this.challengeId = challengeId;
        this.phaseNumber = phaseNumber;
        this.keyId = Objects.requireNonNull(keyId);
        this.publicKey = publicKey.clone();
        this.wrappedPrivateKey = wrappedPrivateKey.clone();
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The opening unwraps the private key: recorded the first time. */
    public void unwrapped(Instant now) {
        if (unwrappedAt == null) {
            unwrappedAt = now;
        }
    }

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public int getPhaseNumber() { return phaseNumber; }
    public String getKeyId() { return keyId; }
    public byte[] getPublicKey() { return publicKey.clone(); }
    public byte[] getWrappedPrivateKey() { return wrappedPrivateKey.clone(); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUnwrappedAt() { return unwrappedAt; }
}
