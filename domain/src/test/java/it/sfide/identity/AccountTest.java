package it.sfide.identity;

import it.sfide.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private static Account evaluator() {
        return new Account("anna", "anna@example.org", "Anna", "hash", Role.EVALUATOR, null, Locale.ITALIAN, T0);
    }

    @Test
    void locksAfterFiveFailuresForAMinuteThenLongerEachTime() {
        Account account = evaluator();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0);
        }
        assertFalse(account.isLocked(T0), "four failures are allowed");
        account.recordFailedLogin(T0);
        assertTrue(account.isLocked(T0.plusSeconds(59)));
        assertFalse(account.isLocked(T0.plusSeconds(60)));
        account.recordFailedLogin(T0.plusSeconds(60));
        assertEquals(T0.plusSeconds(60).plus(Duration.ofMinutes(2)), account.getLockedUntil());
        for (int i = 0; i < 20; i++) {
            account.recordFailedLogin(T0);
        }
        assertEquals(T0.plus(Duration.ofHours(1)), account.getLockedUntil(), "never more than an hour");
    }

    @Test
    void successfulLoginClearsTheFailures() {
        Account account = evaluator();
        account.recordFailedLogin(T0);
        account.recordSuccessfulLogin(T0.plusSeconds(1));
        assertEquals(0, account.getFailedLogins());
        assertEquals(T0.plusSeconds(1), account.getLastLoginAt());
    }

    @Test
    void buyersAndOperatorsBelongToAnOrganisation() {
        assertThrows(IllegalArgumentException.class,
                () -> new Account("b", "b@x.it", "B", "h", Role.BUYER, null, Locale.ITALIAN, T0));
    }
}
