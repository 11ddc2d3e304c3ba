package it.sfide.identity.boundary;

import it.sfide.audit.AuditEntry;
import it.sfide.audit.AuditOutcome;
import it.sfide.audit.boundary.AuditTrail;
import it.sfide.audit.boundary.Audited;
import it.sfide.document.boundary.SigningKeys;
import it.sfide.identity.Account;
import it.sfide.identity.PasswordPolicy;
import it.sfide.identity.PasswordReset;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.MemberRules;
import it.sfide.identity.control.PasswordHasher;
import it.sfide.identity.control.Secrets;
import it.sfide.platform.Links;
import it.sfide.platform.Settings;
import it.sfide.platform.mail.Mailer;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * "Forgot your password?": a single-use, short-lived link by e-mail, then a new password. Asking gives the same
 * answer, after the same work, whether an account has the address or not; a newer link spends the older ones; at
 * most {@link #LINKS_PER_HOUR} links an hour go to one address. Choosing the new password ends every session and
 * API token of the account and retires its personal signing key (protected by the forgotten password).
 */
@Stateless
@PermitAll
public class PasswordRecoveryService {

    /** Links mailed to one account within an hour; further requests are answered the same and send nothing. */
    static final int LINKS_PER_HOUR = 3;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    @Inject
    Settings settings;

    @Inject
    SigningKeys signingKeys;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /**
     * Mails a reset link if an account has this address. Returns nothing and fails for nothing a caller typed, so
     * the answer never tells whether the account exists; the outcome is in the audit chain.
     */
    public void requestReset(String email) {
        Instant now = clock.instant();
        String address = MemberRules.normaliseEmail(email);
        String token = Secrets.newSecret(""); // drawn on every path: the same work for a known and an unknown address
        String hash = Secrets.sha256(token);
        Optional<Account> found = address.isEmpty() || address.length() > 254 ? Optional.empty()
                : accounts.byEmail(address);
        if (found.isEmpty()) {
            record(null, null, AuditOutcome.REFUSED, "unknown address");
            return;
        }
        Account account = accounts.lockForUpdate(found.get()); // two requests at once take turns
        Long organisation = account.getOrganisation() == null ? null : account.getOrganisation().getId();
        if (accounts.resetsSince(account.getId(), now.minus(Duration.ofHours(1))) >= LINKS_PER_HOUR) {
            record(account.getId(), organisation, AuditOutcome.REFUSED, "throttled");
            return;
        }
        accounts.openResets(account.getId()).forEach(earlier -> earlier.spend(now));
        Instant expires = now.plus(Duration.ofMinutes(settings.resetMinutes()));
        accounts.persist(new PasswordReset(account, hash, now, expires));
        accounts.flush();
        mailer.send(account.getEmail(), account.getLocale(), "passwordReset", account.getFullName(),
                account.getUsername(), links.passwordReset(token), Date.from(expires));
        record(account.getId(), organisation, AuditOutcome.DONE, null);
    }

    /** The link's account and expiry, or one "invalid or expired link" for unknown, used and expired links. */
    public ResetView describeReset(String token) {
        Instant now = clock.instant();
        PasswordReset reset = Optional.ofNullable(token).flatMap(t -> accounts.resetByHash(Secrets.sha256(t)))
                .filter(r -> r.isOpen(now)).orElseThrow(PasswordRecoveryService::invalidLink);
        return new ResetView(reset.getAccount().getId(), reset.getAccount().getUsername(), reset.getExpiresAt());
    }

    /**
     * Sets the new password (the registration's policy) and spends the link. Every API token is revoked and every
     * session ended (the account's credentials version moves on); the personal signing key is retired.
     */
    @Audited(value = "password.reset", target = "account")
    public ResetView resetPassword(String token, String password) {
        Instant now = clock.instant();
        PasswordReset reset = Optional.ofNullable(token).flatMap(t -> accounts.resetForUpdate(Secrets.sha256(t)))
                .filter(r -> r.isOpen(now)).orElseThrow(PasswordRecoveryService::invalidLink);
        Account account = accounts.lockForUpdate(reset.getAccount());
        PasswordPolicy.violation(password, account.getUsername(), account.getEmail(), settings.demoMode())
                .ifPresent(key -> {
                    throw SfideException.invalid("password", key, PasswordPolicy.MIN_LENGTH);
                });
        accounts.openResets(account.getId()).forEach(open -> open.spend(now));
        account.resetPassword(hasher.hash(password));
        accounts.tokensOf(account.getId()).stream().filter(t -> t.isActive(now)).forEach(t -> t.revoke(now));
        signingKeys.passwordForgotten(account.getId());
        mailer.send(account.getEmail(), account.getLocale(), "passwordChanged", account.getFullName(),
                account.getUsername());
        return new ResetView(account.getId(), account.getUsername(), reset.getExpiresAt());
    }

    private void record(Long accountId, Long organisation, AuditOutcome outcome, String details) {
        trail.record(new AuditEntry("anonymous", organisation, "password.reset.request", "account",
                accountId == null ? null : String.valueOf(accountId), outcome, details));
    }

    private static SfideException invalidLink() {
        return SfideException.notFound("error.reset.invalid");
    }
}
