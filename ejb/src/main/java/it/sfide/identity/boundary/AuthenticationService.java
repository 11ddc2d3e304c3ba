package it.sfide.identity.boundary;

import it.sfide.audit.AuditEntry;
import it.sfide.audit.AuditOutcome;
import it.sfide.audit.boundary.AuditTrail;
import it.sfide.identity.Account;
import it.sfide.identity.ApiToken;
import it.sfide.identity.PasswordPolicy;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.MemberRules;
import it.sfide.identity.control.PasswordHasher;
import it.sfide.identity.control.SecondFactors;
import it.sfide.identity.control.Secrets;
import it.sfide.platform.Settings;
import it.sfide.shared.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks credentials for the security mechanism. Each check runs in its own transaction so that a failure is
 * recorded (and the lock-out applied) even when the caller's request fails. A refusal never says whether the
 * account exists: unknown usernames cost the same hashing time and get the same answer.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuthenticationService {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Settings settings;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Inject
    SecondFactors secondFactors;

    /** A login's first step: with a second factor enabled, the answer asks for the code ({@code codeNeeded}). */
    public CredentialCheck checkPassword(String username, String password) {
        return check(username, password, null, "login");
    }

    /** A login in one step (the API's token login): password and, when enabled, the second factor's code. */
    public CredentialCheck checkPassword(String username, String password, String code) {
        return check(username, password, code == null || code.isBlank() ? null : code, "login");
    }

    /**
     * A login's second step, after {@link #checkPassword(String, String)} asked for the code: a code of the
     * person's app (never one already used) or a recovery code. A wrong code counts like a wrong password.
     */
    public CredentialCheck checkSecondFactor(String username, String code) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.byUsername(username);
        if (found.isEmpty()) {
            return refused(username, null, "unknown account", "login");
        }
        Account account = accounts.lockForUpdate(found.get());
        Long organisation = account.getOrganisation() == null ? null : account.getOrganisation().getId();
        if (account.isLocked(now)) {
            return refused(account.getUsername(), organisation, "locked until " + account.getLockedUntil(), "login");
        }
        if (!secondFactors.accept(account, code)) {
            account.recordFailedLogin(now);
            return refused(account.getUsername(), organisation, "wrong second factor, failure "
                    + account.getFailedLogins(), "login");
        }
        return loggedIn(account, organisation, now, "login", false);
    }

    /**
     * A signed-in person re-entering their password to confirm an act (a signature): the same check and lock-out
     * as a login, recorded as {@code password.confirm}.
     */
    public CredentialCheck confirmPassword(String username, String password) {
        return check(username, password, null, "password.confirm");
    }

    private CredentialCheck check(String username, String password, String code, String action) {
        Instant now = clock.instant();
        String claimed = MemberRules.normaliseUsername(username);
        Optional<Account> found = accounts.byUsername(claimed);
        if (found.isEmpty()) {
            hasher.spendTime(password);
            return refused(claimed, null, "unknown account", action);
        }
        Account account = found.get();
        Long organisation = account.getOrganisation() == null ? null : account.getOrganisation().getId();
        if (account.isLocked(now)) {
            hasher.spendTime(password);
            return refused(claimed, organisation, "locked until " + account.getLockedUntil(), action);
        }
        if (!settings.demoMode() && PasswordPolicy.DEMO_PASSWORD.equals(password)) {
            // the published demo password opens nothing once demo mode is off, even on old demo accounts
            hasher.spendTime(password);
            return refused(claimed, organisation, "demo password outside demo mode", action);
        }
        String hashChecked = account.getPasswordHash();
        boolean matches = hasher.matches(password, hashChecked);
        accounts.lockForUpdate(account); // after the slow hash: concurrent logins of one account take turns
        if (!hashChecked.equals(account.getPasswordHash())) { // the password changed meanwhile
            matches = hasher.matches(password, account.getPasswordHash());
        }
        if (!matches) {
            account.recordFailedLogin(now);
            return refused(claimed, organisation, "wrong password, failure " + account.getFailedLogins(), action);
        }
        if (account.isBarred()) { // the password was right: the person may be told why
            refused(claimed, organisation, "organisation rejected", action);
            return CredentialCheck.refused("error.login.organisationRejected");
        }
        if (account.hasSecondFactor() && !"password.confirm".equals(action)) {
            if (code == null) {
                return CredentialCheck.codeNeeded(account); // not yet a login: nothing recorded
            }
            if (!secondFactors.accept(account, code)) {
                account.recordFailedLogin(now);
                return refused(claimed, organisation, "wrong second factor, failure " + account.getFailedLogins(),
                        action);
            }
        }
        // the published demo accounts are spared the second factor in demo mode (see docs/operations.md)
        boolean demoAccount = settings.demoMode() && PasswordPolicy.DEMO_PASSWORD.equals(password);
        return loggedIn(account, organisation, now, action, mustEnrol(account) && !demoAccount);
    }

    private CredentialCheck loggedIn(Account account, Long organisation, Instant now, String action,
            boolean mustEnrol) {
        account.recordSuccessfulLogin(now);
        trail.record(new AuditEntry(account.getUsername(), organisation, action, "account",
                String.valueOf(account.getId()), AuditOutcome.DONE, null));
        return CredentialCheck.of(account, mustEnrol);
    }

    /** A platform admin must have a second factor. */
    static boolean mustEnrol(Account account) {
        return account.getRole() == Role.ADMIN && !account.hasSecondFactor();
    }

    /**
     * Whether a page session opened at this credentials version still stands: asked on every request with a
     * session, so that a password reset or a rejection of the organisation, on any server, ends the sessions on all
     * of them at once.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionState session(String username, int credentialsVersion) {
        return accounts.byUsername(username).filter(a -> a.getCredentialsVersion() == credentialsVersion)
                .filter(a -> !a.isBarred())
                .map(a -> a.hasSecondFactor() ? SessionState.OPEN : SessionState.OPEN_WITHOUT_SECOND_FACTOR)
                .orElse(SessionState.ENDED);
    }

    /** Every login attempt is an act of the audit chain, refused ones too (this transaction commits them). */
    private CredentialCheck refused(String claimed, Long organisation, String why, String action) {
        String actor = claimed == null || claimed.isEmpty() ? "anonymous" : claimed;
        trail.record(new AuditEntry(actor, organisation, action, "account", null, AuditOutcome.REFUSED, why));
        return CredentialCheck.refused();
    }

    /**
     * A bearer token, checked at every request (nothing cached): valid if known, neither revoked nor expired, its
     * account not locked and its organisation not rejected; its last use is recorded.
     */
    public CredentialCheck checkToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return CredentialCheck.refused();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = accounts.tokenByHash(Secrets.sha256(token));
        if (found.isEmpty() || !found.get().authenticates(now)) {
            return CredentialCheck.refused();
        }
        ApiToken apiToken = found.get();
        if (mustEnrol(apiToken.getAccount()) && !settings.demoMode()) {
            return CredentialCheck.refused(); // an admin's token works only once the admin has a second factor
        }
        accounts.recordTokenUse(apiToken.getId(), now);
        return CredentialCheck.of(apiToken.getAccount(), false);
    }
}
