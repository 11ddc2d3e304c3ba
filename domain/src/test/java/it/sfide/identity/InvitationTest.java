package it.sfide.identity;

import it.sfide.shared.SfideException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InvitationTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private static Invitation invitation() {
        Organisation sme = Organisation.operator("Dati S.p.A.", OperatorType.SME, "IT", "09876540320", null,
                "info@dati.example", T0);
        return new Invitation(sme, "new@dati.example", "hash", "operator3", T0, T0.plusSeconds(3600));
    }

    @Test
    void isAcceptedOnceBeforeItExpires() {
        Invitation invitation = invitation();
        invitation.accept(T0.plusSeconds(10));
        SfideException again = assertThrows(SfideException.class, () -> invitation.accept(T0.plusSeconds(20)));
        assertEquals("error.invitation.used", again.messageKey());
        assertFalse(invitation.isOpen(T0.plusSeconds(30)));
    }

    @Test
    void cannotBeAcceptedAtOrAfterItsExpiry() {
        SfideException expired = assertThrows(SfideException.class, () -> invitation().accept(T0.plusSeconds(3600)));
        assertEquals("error.invitation.expired", expired.messageKey());
    }

    @Test
    void organisationIsVerifiedOnceAndRejectedOnlyWithAReason() {
        Organisation body = Organisation.publicBody("Comune di Milano", "c_f205", "01199250158",
                "protocollo@postacert.comune.milano.it", ItalianRegion.LOMBARDIA, T0);
        assertEquals(OrganisationStatus.PENDING, body.getStatus());
        assertThrows(SfideException.class, () -> body.reject("admin", " ", T0));
        body.verify("admin", T0);
        assertEquals(OrganisationStatus.VERIFIED, body.getStatus());
        assertThrows(SfideException.class, () -> body.verify("admin", T0));
    }
}
