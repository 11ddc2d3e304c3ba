package it.sfide.identity;

import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegalRepresentativeTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void normalisesWhatIsTypedAndKeepsNamesApart() {
        RepresentativeDetails d = new RepresentativeDetails("  Luca ", " Ferrari\t", " frrlcu80a01f205n ", "", " ",
                " Amministratore   unico ");
        assertEquals("Luca", d.givenName());
        assertEquals("Ferrari", d.familyName());
        assertEquals("FRRLCU80A01F205N", d.taxCode());
        assertNull(d.foreignCountry(), "empty means none");
        assertNull(d.foreignId());
        assertEquals("Amministratore unico", d.title());
        assertEquals("Luca Ferrari", d.fullName());
    }

    @Test
    void refusesEveryProblemAtOnceOnItsField() {
        Map<String, String> problems = problems(() -> new RepresentativeDetails("", "x".repeat(101), null, null,
                null, " "));
        assertEquals(Map.of("givenName", "error.required", "familyName", "error.tooLong",
                "taxCode", "error.legalRep.identifier.required", "title", "error.required"), problems);
        assertEquals(Map.of("taxCode", "error.legalRep.taxCode.check"), problems(() -> new RepresentativeDetails(
                "Mario", "Rossi", "RSSMRA85T10A562T", null, null, "Socio")));
        assertEquals(Map.of("taxCode", "error.legalRep.taxCode.format"), problems(() -> new RepresentativeDetails(
                "Mario", "Rossi", "80050050154", null, null, "Socio")), "a company's code is no person's");
        assertEquals(Map.of("familyName", "error.legalRep.name.letters"), problems(() -> new RepresentativeDetails(
                "Mario", "1234", "RSSMRA85T10A562S", null, null, "Socio")));
    }

    @Test
    void aForeignRepresentativeWithoutAnItalianCodeGivesAnIdentifierWithItsCountry() {
        RepresentativeDetails d = new RepresentativeDetails("Anne", "Dupont", null, "fr", " 12ab 34567 ", "Gérante");
        assertEquals("FR", d.foreignCountry());
        assertEquals("12AB34567", d.foreignId());
        assertNull(d.taxCode());
        assertEquals(Map.of("foreignId", "error.required"), problems(() -> new RepresentativeDetails("Anne",
                "Dupont", null, "FR", null, "Gérante")));
        assertEquals(Map.of("foreignCountry", "error.required"), problems(() -> new RepresentativeDetails("Anne",
                "Dupont", null, null, "12AB34567", "Gérante")));
        assertEquals(Map.of("foreignCountry", "error.legalRep.foreignCountry.format"), problems(
                () -> new RepresentativeDetails("Anne", "Dupont", null, "IT", "12AB34567", "Gérante")),
                "an Italian gives the tax code");
        assertEquals(Map.of("foreignId", "error.legalRep.foreignId.format"), problems(
                () -> new RepresentativeDetails("Anne", "Dupont", null, "FR", "<script>", "Gérante")));
        RepresentativeDetails both = new RepresentativeDetails("Anne", "Dupont", "DPNNNA80A41Z110W", "FR",
                "12AB34567", "Gérante");
        assertEquals("FR", both.foreignCountry(), "a foreigner with an Italian code may give both");
    }

    @Test
    void theLinkedAccountIsAMemberOfTheSameOrganisation() throws Exception {
        Organisation startup = organisation(1L);
        Organisation other = organisation(2L);
        Account manager = member("luca", startup);
        Account stranger = member("eve", other);
        RepresentativeDetails luca = new RepresentativeDetails("Luca", "Ferrari", "FRRLCU80A01F205N", null, null,
                "Amministratore unico");
        SfideException refused = assertThrows(SfideException.class,
                () -> new LegalRepresentative(startup, luca, stranger, manager, T0));
        assertEquals("accountId", refused.field());
        assertEquals("error.legalRep.account.notMember", refused.messageKey());

        LegalRepresentative r = new LegalRepresentative(startup, luca, manager, manager, T0);
        assertEquals(manager, r.getAccount());
        assertEquals(manager, r.getAddedBy());
        assertEquals(T0, r.getAddedAt());
        assertNull(r.getChangedAt());
        r.revise(new RepresentativeDetails("Luca", "Ferrari", "FRRLCU80A01F205N", null, null, "Presidente"), null,
                manager, T0.plusSeconds(60));
        assertEquals("Presidente", r.getTitle());
        assertNull(r.getAccount(), "the account unlinked");
        assertEquals(T0.plusSeconds(60), r.getChangedAt());
        assertEquals(T0, r.getAddedAt(), "who added it stays");
    }

    @Test
    void aCertificatesIdentifierNamesThePersonWithOrWithoutItsPrefix() {
        assertTrue(LegalRepresentative.identifies("FRRLCU80A01F205N", null, null, "TINIT-FRRLCU80A01F205N"));
        assertTrue(LegalRepresentative.identifies("FRRLCU80A01F205N", null, null, "tinit-frrlcu80a01f205n"));
        assertTrue(LegalRepresentative.identifies("FRRLCU80A01F205N", null, null, "IT:FRRLCU80A01F205N"));
        assertTrue(LegalRepresentative.identifies("FRRLCU80A01F205N", null, null, "FRRLCU80A01F205N"));
        assertFalse(LegalRepresentative.identifies("FRRLCU80A01F205N", null, null, "TINIT-RSSMRA85T10A562S"));
        assertFalse(LegalRepresentative.identifies("FRRLCU80A01F205N", null, null, "TINFR-FRRLCU80A01F205N"),
                "another country's tax number");
        assertTrue(LegalRepresentative.identifies(null, "FR", "12AB34567", "PASFR-12AB34567"));
        assertFalse(LegalRepresentative.identifies(null, "FR", "12AB34567", "PASDE-12AB34567"));
        assertFalse(LegalRepresentative.identifies(null, "FR", "12AB34567", "12AB34567"), "a bare foreign id");
        assertFalse(LegalRepresentative.identifies(null, null, null, null));
        assertFalse(LegalRepresentative.identifies(null, null, null, " "));
    }

    @Test
    void aNameMatchesInEitherOrderWithoutCaseOrAccents() {
        assertTrue(LegalRepresentative.named("Nicolò", "D'Amico", "NICOLO D AMICO"));
        assertTrue(LegalRepresentative.named("Nicolò", "D'Amico", "d'amico nicolò"));
        assertTrue(LegalRepresentative.named("Maria Luisa", "Rossi", "Maria  Luisa Rossi"));
        assertFalse(LegalRepresentative.named("Maria Luisa", "Rossi", "Maria Rossi"));
        assertFalse(LegalRepresentative.named("Luca", "Ferrari", ""));
    }

    private static Map<String, String> problems(Runnable making) {
        ValidationFailure failure = assertThrows(ValidationFailure.class, making::run);
        return failure.problems().stream().collect(Collectors.toMap(SfideException::field,
                SfideException::messageKey, (a, b) -> a + "," + b));
    }

    private static Organisation organisation(long id) throws Exception {
        Organisation o = Organisation.operator("Org " + id, OperatorType.STARTUP, "IT", "1234567089" + id, null,
                "info@example.org", T0);
        var field = Organisation.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(o, id);
        return o;
    }

    private static Account member(String username, Organisation organisation) {
        return new Account(username, username + "@example.org", username, "hash", Role.OPERATOR, organisation,
                Locale.ITALIAN, T0);
    }
}
