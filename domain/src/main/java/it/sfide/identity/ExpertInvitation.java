package it.sfide.identity;

import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An e-mailed invitation of an external expert, by an officer of a buying body, to evaluate on one of its
 * committees. Not tied to an organisation: the expert registers as an evaluator, or a person already holding an
 * account with the invited address accepts it signed in. Only the SHA-256 of its secret token is stored; it is
 * accepted once, before it expires, and then names the account that accepted it.
 */
@Entity
@Table(name = "expert_invitation")
@NamedQueries({
    @NamedQuery(name = ExpertInvitation.BY_TOKEN_HASH,
            query = "select i from ExpertInvitation i where i.tokenHash = :hash"),
    @NamedQuery(name = ExpertInvitation.BY_IDS, query = "select i from ExpertInvitation i where i.id in :ids")
})
public class ExpertInvitation {

    public static final String BY_TOKEN_HASH = "ExpertInvitation.byTokenHash";
    public static final String BY_IDS = "ExpertInvitation.byIds";

    /** How long the link opens. */
    public static final Duration LIFETIME = Duration.ofDays(14);
    public static final int CONTEXT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    /** The name as the inviter typed it: the expert chooses their own when registering. */
    @Column(name = "full_name", nullable = false, length = Account.FULL_NAME_MAX)
    private String fullName;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "invited_by_account", nullable = false)
    private long invitedByAccount;

    @Column(name = "invited_by", nullable = false, length = Account.USERNAME_MAX)
    private String invitedBy;

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Column(name = "context", length = CONTEXT_MAX)
    private String context;

    /** The language of the e-mail, and of the page until the expert chooses theirs. */
    @Column(name = "locale", nullable = false, length = 5)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "account_id")
    private Long accountId;

    @Version
    private long version;

    protected ExpertInvitation() {
    }

    public ExpertInvitation(String email, String fullName, String tokenHash, long invitedByAccount, String invitedBy,
            long bodyId, String context, Locale locale, Instant createdAt) {
        this.email = Objects.requireNonNull(email);
        this.fullName = Objects.requireNonNull(fullName).strip();
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.invitedByAccount = invitedByAccount;
        this.invitedBy = Objects.requireNonNull(invitedBy);
        this.bodyId = bodyId;
        this.context = context == null || context.isBlank() ? null : context.strip();
        this.locale = locale == null ? "it" : locale.getLanguage();
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = createdAt.plus(LIFETIME);
    }

    /** Checks that the invitation can still be used; it is then spent, on behalf of this account. */
    public void accept(long account, Instant now) {
        if (acceptedAt != null) {
            throw new SfideException(ErrorKind.CONFLICT, "error.expertInvitation.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new SfideException(ErrorKind.CONFLICT, "error.expertInvitation.expired");
        }
        acceptedAt = now;
        accountId = account;
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    /** Whether this address is the invited one (addresses compare without regard to case). */
    public boolean isFor(String address) {
        return address != null && email.equalsIgnoreCase(address.strip());
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getFullName() { return fullName; }
    public long getInvitedByAccount() { return invitedByAccount; }
    public String getInvitedBy() { return invitedBy; }
    public long getBodyId() { return bodyId; }
    public String getContext() { return context; }
    public Locale getLocale() { return Locale.forLanguageTag(locale); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Long getAccountId() { return accountId; }
}
