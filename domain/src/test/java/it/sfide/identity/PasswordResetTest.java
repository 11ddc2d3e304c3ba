package it.sfide.identity;

import it.sfide.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordResetTest {

    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");

    private static Account anna() {
        return new Account("anna", "anna@example.org", "Anna", "hash", Role.EVALUATOR, null, Locale.ITALIAN, T0);
    }

    @Test
    void opensUntilOneMomentBeforeItsExpiryAndNeverOnceSpent() {
        PasswordReset reset = new PasswordReset(anna(), "h", T0, T0.plusSeconds(1800));
        assertTrue(reset.isOpen(T0.plusSeconds(1799)));
        assertFalse(reset.isOpen(T0.plusSeconds(1800)), "expired at its instant");
        reset.spend(T0.plusSeconds(5));
        assertFalse(reset.isOpen(T0.plusSeconds(6)), "used or superseded: never again");
        reset.spend(T0.plusSeconds(7));
        assertEquals(T0.plusSeconds(5), reset.getSpentAt(), "spent once");
    }

    @Test
    void expiresAfterItIsCreated() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordReset(anna(), "h", T0, T0));
    }

    @Test
    void aResetPasswordEndsEverySessionAndLiftsTheLockOut() {
        Account anna = anna();
        for (int i = 0; i < Account.FREE_FAILURES; i++) {
            anna.recordFailedLogin(T0);
        }
        assertTrue(anna.isLocked(T0));
        int before = anna.getCredentialsVersion();
        anna.resetPassword("new-hash");
        assertEquals("new-hash", anna.getPasswordHash());
        assertEquals(before + 1, anna.getCredentialsVersion(), "sessions opened before no longer stand");
        assertFalse(anna.isLocked(T0));
        assertNull(anna.getLockedUntil());
        anna.changePasswordHash("other");
        assertEquals(before + 1, anna.getCredentialsVersion(), "a change with the old password keeps the session");
    }
}
