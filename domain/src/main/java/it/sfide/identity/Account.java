package it.sfide.identity;

import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A person who logs in: a member of one organisation (buyers and operators), an external expert (evaluators,
 * no organisation) or a platform admin. Keeps its own lock-out state after repeated failed logins.
 */
@Entity
@Table(name = "account")
@NamedQueries({
    @NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username"),
    @NamedQuery(name = Account.BY_ROLE, query = "select a from Account a where a.role = :role order by a.id"),
    @NamedQuery(name = Account.COUNT_BY_USERNAME, query = "select count(a) from Account a where a.username = :username"),
    @NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email"),
    @NamedQuery(name = Account.COUNT_BY_EMAIL, query = "select count(a) from Account a where a.email = :email"),
    @NamedQuery(name = Account.MEMBERS, query = "select a from Account a where a.organisation.id = :organisation"
            + " order by a.fullName, a.id")
})
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String BY_ROLE = "Account.byRole";
    public static final String COUNT_BY_USERNAME = "Account.countByUsername";
    public static final String BY_EMAIL = "Account.byEmail";
    public static final String COUNT_BY_EMAIL = "Account.countByEmail";
    public static final String MEMBERS = "Account.members";

    /** Failures allowed before the account is locked for a while. */
    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(60);

    public static final int USERNAME_MAX = 60;
    public static final int FULL_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = USERNAME_MAX, unique = true)
    private String username;

    @Column(name = "email", nullable = false, length = 254, unique = true)
    private String email;

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "organisation_manager", nullable = false)
    private boolean organisationManager;

    @Column(name = "locale", nullable = false, length = 5)
    private String locale;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Moves on at each password reset: sessions opened under an older value are over. */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    /** The second-factor (TOTP) secret, encrypted under the master key; set from the start of an enrolment. */
    @Column(name = "totp_secret")
    private byte[] totpSecret;

    /** Whether the enrolment was confirmed with a code: the second factor is then asked at every login. */
    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    /** The last time step whose code was accepted: a code is never accepted twice. */
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String email, String fullName, String passwordHash, Role role,
            Organisation organisation, Locale locale, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.email = Objects.requireNonNull(email);
        this.fullName = Objects.requireNonNull(fullName).strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        if ((role == Role.BUYER || role == Role.OPERATOR) && organisation == null) {
            throw new IllegalArgumentException("a " + role + " belongs to an organisation");
        }
        this.organisation = organisation;
        this.locale = locale == null ? "it" : locale.getLanguage();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The member who registered the organisation, or who was promoted, manages its members and invitations. */
    public void makeOrganisationManager() {
        if (organisation == null) {
            throw new IllegalStateException("no organisation to manage");
        }
        organisationManager = true;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * A wrong password: after {@link #FREE_FAILURES} failures the account locks, for one minute, then twice as long
     * after each further failure, up to an hour.
     */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        int beyond = failedLogins - FREE_FAILURES;
        if (beyond >= 0) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(beyond, 6));
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /**
     * A password chosen through a recovery link (the old one unknown): every session opened before ends, and the
     * lock-out of failed logins is lifted.
     */
    public void resetPassword(String newHash) {
        changePasswordHash(newHash);
        credentialsVersion++;
        failedLogins = 0;
        lockedUntil = null;
    }

    /** A new enrolment: the (encrypted) secret the person's app will hold, not yet confirmed. */
    public void beginSecondFactor(byte[] sealedSecret) {
        if (totpEnabled) {
            throw new SfideException(ErrorKind.CONFLICT, "error.totp.enabled");
        }
        totpSecret = Objects.requireNonNull(sealedSecret);
    }

    /** The person typed a right code of the enrolling secret: the second factor is on. */
    public void confirmSecondFactor(long step) {
        if (totpEnabled || totpSecret == null) {
            throw new SfideException(ErrorKind.CONFLICT, totpEnabled ? "error.totp.enabled" : "error.totp.notStarted");
        }
        totpEnabled = true;
        totpLastStep = step;
    }

    /** A code of this step was accepted; no code of this step or an earlier one will be. */
    public void useSecondFactorStep(long step) {
        if (step <= totpLastStep) {
            throw new IllegalArgumentException("step " + step + " is not after " + totpLastStep);
        }
        totpLastStep = step;
    }

    public void dropSecondFactor() {
        totpSecret = null;
        totpEnabled = false;
        totpLastStep = 0;
    }

    /**
     * A platform admin removed the second factor of a person who lost it (app and recovery codes): it is off, and
     * every session opened before ends, so that nobody stays signed in with the lost factor.
     */
    public void withdrawSecondFactor() {
        dropSecondFactor();
        credentialsVersion++;
    }

    public void preferLocale(Locale preferred) {
        this.locale = preferred.getLanguage();
    }

    /** A member of an organisation whose registration a platform admin rejected: no login, no token. */
    public boolean isBarred() {
        return organisation != null && organisation.getStatus() == OrganisationStatus.REJECTED;
    }

    public boolean belongsTo(Long organisationId) {
        return organisation != null && organisation.getId().equals(organisationId);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getFullName() { return fullName; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public Organisation getOrganisation() { return organisation; }
    public boolean isOrganisationManager() { return organisationManager; }
    public Locale getLocale() { return Locale.forLanguageTag(locale); }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
    public int getCredentialsVersion() { return credentialsVersion; }
    public boolean hasSecondFactor() { return totpEnabled; }
    public byte[] getTotpSecret() { return totpSecret == null ? null : totpSecret.clone(); }
    public long getTotpLastStep() { return totpLastStep; }
}
