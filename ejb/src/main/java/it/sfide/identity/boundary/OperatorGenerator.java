package it.sfide.identity.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.identity.Account;
import it.sfide.identity.ApiToken;
import it.sfide.identity.Codes;
import it.sfide.identity.OperatorType;
import it.sfide.identity.Organisation;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.PasswordHasher;
import it.sfide.identity.control.Secrets;
import it.sfide.platform.Settings;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Verified operator organisations, each with one operator and an API token, made in bulk for load tests (a platform
 * admin, with {@code SFIDE_GENERATOR=true}; never in production). The tokens are returned once.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OperatorGenerator {

    public static final int MAX = 1_000;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** An operator made for a load test, with its token. */
    public record Generated(String username, long organisationId, String token) {
    }

    @Audited(value = "identity.generateOperators", target = "organisation")
    public List<Generated> generate(int count) {
        if (!settings.generatorEnabled()) {
            throw SfideException.conflict("generator.error.disabled");
        }
        if (count < 1 || count > MAX) {
            throw SfideException.invalid("count", "generator.error.count", MAX);
        }
        Instant now = clock.instant();
        String unusable = hasher.hash(Secrets.newSecret("x"));
        String run = Long.toString(now.toEpochMilli() % 1_000_000_000L, 36);
        List<Generated> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String vat = Codes.randomItalianVatNumber(ThreadLocalRandom.current());
            while (accounts.taxCodeTaken("IT", vat)) {
                vat = Codes.randomItalianVatNumber(ThreadLocalRandom.current());
            }
            String username = "gen" + run + "x" + i;
            Organisation org = accounts.persist(Organisation.operator("Operatore di prova " + run + "-" + i,
                    OperatorType.SME, "IT", vat, vat, username + "@generated.sfide.localhost", now));
            org.verify("generator", now);
            accounts.flush();   // the organisation's id
            Account account = accounts.persist(new Account(username, username + "@generated.sfide.localhost",
                    "Operatore di prova " + i, unusable, Role.OPERATOR, org, Locale.ITALIAN, now));
            String secret = Secrets.newSecret("sfd_");
            accounts.persist(new ApiToken(account, "load test", Secrets.sha256(secret), secret.substring(0, 10), now,
                    ApiTokenService.expiry(now, settings.tokenDays())));
            made.add(new Generated(username, org.getId(), secret));
        }
        accounts.flush();
        return made;
    }
}
