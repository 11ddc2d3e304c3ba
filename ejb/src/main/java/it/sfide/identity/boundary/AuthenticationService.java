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
import it.sfide.identity.control.Secrets;
import it.sfide.platform.Settings;
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

    public CredentialCheck checkPassword(String username, String password) {
        return check(username, password, "login");
    }

    /**
     * A signed-in person re-entering their password to confirm an act (a signature): the same check and lock-out
     * as a login, recorded as {@code password.confirm}.
     */
    public CredentialCheck confirmPassword(String username, String password) {
        return check(username, password, "password.confirm");
    }

    private CredentialCheck check(String username, String password, String action) {
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
        account.recordSuccessfulLogin(now);
        trail.record(new AuditEntry(claimed, organisation, action, "account", String.valueOf(account.getId()),
                AuditOutcome.DONE, null));
        return new CredentialCheck(true, account.getUsername(), account.getRole());
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
        accounts.recordTokenUse(apiToken.getId(), now);
        Account account = apiToken.getAccount();
        return new CredentialCheck(true, account.getUsername(), account.getRole());
    }

    /**
     * Whether the person signed in to a session may go on: the account exists and its organisation was not
     * rejected meanwhile (checked at every page request, so a rejection ends its members' sessions at once).
     */
    public boolean sessionStillValid(String username) {
        return accounts.byUsername(username).map(a -> !a.isBarred()).orElse(false);
    }
}
