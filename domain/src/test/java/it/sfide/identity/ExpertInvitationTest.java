package it.sfide.identity;

import it.sfide.shared.SfideException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpertInvitationTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static ExpertInvitation invitation() {
        return new ExpertInvitation("esperta@uni.example", "  Prof.ssa Rossi ", "hash", 7, "buyer1", 3, "  ",
                Locale.ENGLISH, T0);
    }

    @Test
    void expiresFourteenDaysAfterItIsMadeAndKeepsNoBlankContext() {
        ExpertInvitation invitation = invitation();
        assertEquals(T0.plus(ExpertInvitation.LIFETIME), invitation.getExpiresAt());
        assertEquals(Instant.parse("2026-12-15T09:00:00Z"), invitation.getExpiresAt());
        assertNull(invitation.getContext());
        assertEquals("Prof.ssa Rossi", invitation.getFullName());
        assertEquals(Locale.ENGLISH, invitation.getLocale());
    }

    @Test
    void isAcceptedOnceBeforeItExpiresAndNamesTheAccount() {
        ExpertInvitation invitation = invitation();
        assertTrue(invitation.isOpen(T0));
        invitation.accept(42, T0.plusSeconds(10));
        assertEquals(42L, invitation.getAccountId());
        assertEquals(T0.plusSeconds(10), invitation.getAcceptedAt());
        SfideException again = assertThrows(SfideException.class, () -> invitation.accept(43, T0.plusSeconds(20)));
        assertEquals("error.expertInvitation.used", again.messageKey());
        assertEquals(42L, invitation.getAccountId());
        assertFalse(invitation.isOpen(T0.plusSeconds(30)));
    }

    @Test
    void cannotBeAcceptedAtItsExpiryButCanOneMillisecondBefore() {
        ExpertInvitation expired = invitation();
        SfideException refused = assertThrows(SfideException.class,
                () -> expired.accept(42, expired.getExpiresAt()));
        assertEquals("error.expertInvitation.expired", refused.messageKey());
        assertNull(expired.getAccountId());
        ExpertInvitation inTime = invitation();
        inTime.accept(42, inTime.getExpiresAt().minusMillis(1));
        assertEquals(42L, inTime.getAccountId());
    }

    @Test
    void theInvitedAddressComparesWithoutCase() {
        assertTrue(invitation().isFor(" Esperta@UNI.example"));
        assertFalse(invitation().isFor("altra@uni.example"));
        assertFalse(invitation().isFor(null));
    }
}
