package it.sfide.identity;

import it.sfide.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant EXPIRES = T0.plus(Duration.ofDays(30));

    private static ApiToken tokenOf(Account account) {
        return new ApiToken(account, "script", "0".repeat(64), "sfd_abcdef", T0, EXPIRES);
    }

    private static Account operatorOf(Organisation organisation) {
        return new Account("luca", "luca@example.org", "Luca", "hash", Role.OPERATOR, organisation, Locale.ITALIAN, T0);
    }

    private static Organisation operator() {
        return Organisation.operator("Rete Srl", OperatorType.SME, "IT", "01234567897", null, "info@example.org", T0);
    }

    @Test
    void authenticatesUntilTheMillisecondBeforeItsExpiry() {
        ApiToken token = tokenOf(operatorOf(operator()));
        assertTrue(token.authenticates(EXPIRES.minusMillis(1)));
        assertFalse(token.authenticates(EXPIRES));
        assertFalse(token.isActive(EXPIRES), "listed as no longer active");
        assertThrows(IllegalArgumentException.class,
                () -> new ApiToken(operatorOf(operator()), "x", "0".repeat(64), "sfd_", T0, T0));
    }

    @Test
    void stopsWhileItsAccountIsLockedAndOnceItsOrganisationIsRejected() {
        Organisation organisation = operator();
        Account account = operatorOf(organisation);
        ApiToken token = tokenOf(account);
        assertTrue(token.authenticates(T0), "a pending organisation's member may use the API (to browse)");
        for (int i = 0; i < Account.FREE_FAILURES; i++) {
            account.recordFailedLogin(T0);
        }
        assertFalse(token.authenticates(T0.plusSeconds(1)), "locked");
        assertTrue(token.authenticates(T0.plusSeconds(61)), "the lock ended");
        organisation.reject("admin", "Dati non verificabili", T0);
        assertTrue(account.isBarred());
        assertFalse(token.authenticates(T0.plusSeconds(61)), "rejected");
    }

    @Test
    void aRevokedTokenNeverAuthenticates() {
        ApiToken token = tokenOf(new Account("eva", "eva@example.org", "Eva", "hash", Role.EVALUATOR, null,
                Locale.ITALIAN, T0));
        token.revoke(T0);
        assertFalse(token.authenticates(T0));
    }
}
