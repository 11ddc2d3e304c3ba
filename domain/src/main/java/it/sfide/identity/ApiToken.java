package it.sfide.identity;

import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
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
 * A personal API token for the REST API. The secret is shown once at creation; only its SHA-256 and a short
 * prefix (to recognise it in the list) are stored. A token lives until its expiry (set at creation from the
 * configured lifetime); revoked and expired tokens stay listed but no longer authenticate.
 */
@Entity
@Table(name = "api_token")
@NamedQueries({
    @NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.account where t.tokenHash = :hash"),
    @NamedQuery(name = ApiToken.RECORD_USE, query = "update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :since)"),
    @NamedQuery(name = ApiToken.OF_ACCOUNT, query = "select t from ApiToken t where t.account.id = :account"
            + " order by t.createdAt desc, t.id desc")
})
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    /**
     * Records a use at most once a minute, as one UPDATE without the version check: the same token used by
     * concurrent requests never makes them fail.
     */
    public static final String RECORD_USE = "ApiToken.recordUse";
    public static final String OF_ACCOUNT = "ApiToken.ofAccount";
    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "prefix", nullable = false, length = 12)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(Account account, String name, String tokenHash, String prefix, Instant createdAt,
            Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.name = Objects.requireNonNull(name).strip();
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.prefix = Objects.requireNonNull(prefix);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a token expires after its creation");
        }
    }

    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw new SfideException(ErrorKind.CONFLICT, "error.token.revoked");
        }
        revokedAt = now;
    }

    /** Neither revoked nor expired at this instant. */
    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Whether the token authenticates its owner now: active, the account not locked and its organisation (if
     * any) not rejected. Checked at every request, so locking or rejecting stops the token at once.
     */
    public boolean authenticates(Instant now) {
        return isActive(now) && !account.isLocked(now) && !account.isBarred();
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public String getName() { return name; }
    public String getPrefix() { return prefix; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public Instant getExpiresAt() { return expiresAt; }
}
