package it.sfide.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * An e-mailed link to choose a new password. Only the SHA-256 of its secret is stored; it opens once, before it
 * expires, and is spent as well when a newer link is asked for.
 */
@Entity
@Table(name = "password_reset")
@NamedQueries({
    @NamedQuery(name = PasswordReset.BY_TOKEN_HASH, query = "select r from PasswordReset r where r.tokenHash = :hash"),
    @NamedQuery(name = PasswordReset.OPEN_OF_ACCOUNT, query = "select r from PasswordReset r"
            + " where r.account.id = :account and r.spentAt is null"),
    @NamedQuery(name = PasswordReset.COUNT_SINCE, query = "select count(r) from PasswordReset r"
            + " where r.account.id = :account and r.createdAt > :since")
})
public class PasswordReset {

    public static final String BY_TOKEN_HASH = "PasswordReset.byTokenHash";
    public static final String OPEN_OF_ACCOUNT = "PasswordReset.openOfAccount";
    public static final String COUNT_SINCE = "PasswordReset.countSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "spent_at")
    private Instant spentAt;

    @Version
    private long version;

    protected PasswordReset() {
    }

    public PasswordReset(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a reset link expires after it is created");
        }
    }

    /** Whether the link still opens: not used, not superseded, not expired. */
    public boolean isOpen(Instant now) {
        return spentAt == null && now.isBefore(expiresAt);
    }

    /** The link was used, or a newer one replaces it: it never opens again. */
    public void spend(Instant now) {
        if (spentAt == null) {
            spentAt = now;
        }
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getSpentAt() { return spentAt; }
}
