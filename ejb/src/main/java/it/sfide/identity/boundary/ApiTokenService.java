package it.sfide.identity.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.identity.Account;
import it.sfide.identity.ApiToken;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.Caller;
import it.sfide.identity.control.Secrets;
import it.sfide.platform.Settings;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Personal API tokens: created on the profile page or with username and password, listed and revoked. Each lives
 * {@code SFIDE_TOKEN_DAYS} days (30 by default).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class ApiTokenService {

    static final String PREFIX = "sfd_";

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    AuthenticationService authentication;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Audited(value = "token.create", target = "token")
    public CreatedToken create(String name) {
        return issue(caller.account(), name);
    }

    /**
     * {@code POST /api/v1/tokens}: the credentials are checked (and failures counted) like a login, the second
     * factor's code ({@code totp}, or a recovery code) too when the account has one. An admin without a second
     * factor gets no token (demo accounts in demo mode excepted).
     */
    @PermitAll
    @Audited(value = "token.create", target = "token")
    public CreatedToken createWithCredentials(String username, String password, String totp, String name) {
        CredentialCheck check = authentication.checkPassword(username, password, totp);
        if (check.codeNeeded()) {
            throw new SfideException(ErrorKind.UNAUTHORIZED, "error.totp.required");
        }
        if (!check.valid()) {
            throw new SfideException(ErrorKind.UNAUTHORIZED, check.refusal());
        }
        if (check.mustEnrol()) {
            throw new SfideException(ErrorKind.FORBIDDEN, "error.totp.enrolFirst");
        }
        return issue(accounts.byUsername(check.username()).orElseThrow(), name);
    }

    public List<TokenView> mine() {
        Instant now = clock.instant();
        return accounts.tokensOf(caller.account().getId()).stream().map(t -> TokenView.of(t, now)).toList();
    }

    @Audited(value = "token.revoke", target = "token")
    public void revoke(long tokenId) {
        Account me = caller.account();
        ApiToken token = accounts.tokensOf(me.getId()).stream().filter(t -> t.getId() == tokenId).findFirst()
                .orElseThrow(() -> SfideException.notFound("error.token.notFound"));
        token.revoke(clock.instant());
    }

    /** When a token made now expires: after its lifetime, to the second (as stored and shown). */
    static Instant expiry(Instant now, int days) {
        return now.plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    private CreatedToken issue(Account owner, String name) {
        String label = name == null || name.isBlank() ? "API" : name.strip();
        if (label.length() > ApiToken.NAME_MAX) {
            throw SfideException.invalid("name", "error.tooLong", ApiToken.NAME_MAX);
        }
        String secret = Secrets.newSecret(PREFIX);
        Instant now = clock.instant();
        ApiToken token = accounts.persist(new ApiToken(owner, label, Secrets.sha256(secret),
                secret.substring(0, 10), now, expiry(now, settings.tokenDays())));
        accounts.flush();
        return new CreatedToken(token.getId(), token.getName(), secret, token.getExpiresAt());
    }
}
