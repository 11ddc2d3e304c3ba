package it.sfide.identity.boundary;

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
    Clock clock;

    public CredentialCheck checkPassword(String username, String password) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.byUsername(MemberRules.normaliseUsername(username));
        if (found.isEmpty()) {
            hasher.spendTime(password);
            return CredentialCheck.refused();
        }
        Account account = found.get();
        if (account.isLocked(now) || (!settings.demoMode() && PasswordPolicy.DEMO_PASSWORD.equals(password))) {
            // the published demo password opens nothing once demo mode is off, even on old demo accounts
            hasher.spendTime(password);
            return CredentialCheck.refused();
        }
        if (!hasher.matches(password, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            return CredentialCheck.refused();
        }
        account.recordSuccessfulLogin(now);
        return new CredentialCheck(true, account.getUsername(), account.getRole());
    }

    /** A bearer token: valid if known and not revoked; its last use is recorded. */
    public CredentialCheck checkToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return CredentialCheck.refused();
        }
        Optional<ApiToken> found = accounts.tokenByHash(Secrets.sha256(token));
        if (found.isEmpty() || !found.get().isActive()) {
            return CredentialCheck.refused();
        }
        ApiToken apiToken = found.get();
        apiToken.recordUse(clock.instant());
        Account account = apiToken.getAccount();
        return new CredentialCheck(true, account.getUsername(), account.getRole());
    }
}
