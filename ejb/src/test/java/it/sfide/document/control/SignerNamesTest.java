package it.sfide.document.control;

import it.sfide.document.boundary.ExpectedSigner;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who a qualified certificate names, and whether that is who another area expects. */
class SignerNamesTest {

    private static final ExternalPki QTSP = new ExternalPki("Nomi", Instant.parse("2026-11-22T10:00:00Z"));
    private static final SignerNames.Identity DANGELO = SignerNames.of(
            QTSP.person("Maria Grazia", "D'Angelo", "DNGMGR85M41F839Y").certificate());
    private static final SignerNames.Identity DELUCA = SignerNames.of(
            QTSP.person("Niccolò", "De Luca", "DLCNCC90A01H501X").certificate());

    @Test
    void readsGivenNameSurnameAndTaxCodeFromTheSubject() {
        assertEquals("MARIA GRAZIA", DANGELO.givenName());
        assertEquals("D'ANGELO", DANGELO.surname());
        assertEquals("MARIA GRAZIA D'ANGELO", DANGELO.fullName());
        assertEquals("TINIT-DNGMGR85M41F839Y", DANGELO.serialNumber());
        assertEquals("DNGMGR85M41F839Y", DANGELO.taxCode());
        assertTrue(DANGELO.issuer().contains("Nomi Qualified CA"));
    }

    @Test
    void takesTheTaxCodeOnlyWhereTheCertificateSaysItIsOne() {
        assertEquals("RSSMRA80A01H501U", SignerNames.taxCode("TINIT-rssmra80a01h501u"));
        assertEquals("RSSMRA80A01H501U", SignerNames.taxCode("IT:RSSMRA80A01H501U"));
        assertEquals("RSSMRA80A01H501U", SignerNames.taxCode("RSSMRA80A01H501U"));
        assertEquals("12345678901", SignerNames.taxCode("TINIT-12345678901"));
        assertNull(SignerNames.taxCode("IDCIT-AB1234567"), "an identity card's number");
        assertNull(SignerNames.taxCode("PASIT-YA1234567"), "a passport's number");
        assertNull(SignerNames.taxCode(null));
    }

    @Test
    void namesMatchWhateverTheCaseAccentsApostrophesAndOrder() {
        assertTrue(SignerNames.sameName("Maria Grazia D'Angelo", DANGELO));
        assertTrue(SignerNames.sameName("d'angelo maria grazia", DANGELO));
        assertTrue(SignerNames.sameName("Maria Grazia Dangelo", DANGELO), "apostrophe dropped");
        assertTrue(SignerNames.sameName("DANGELO MARIA GRAZIA", DANGELO));
        assertTrue(SignerNames.sameName("Niccolo De Luca", DELUCA), "accent folded");
        assertTrue(SignerNames.sameName("De Luca Niccolò", DELUCA));
        assertTrue(SignerNames.sameName("Niccolò Deluca", DELUCA), "surname written together");
        assertFalse(SignerNames.sameName("Maria D'Angelo", DANGELO), "a given name missing is another person");
        assertFalse(SignerNames.sameName("Mario Rossi", DANGELO));
        assertFalse(SignerNames.sameName("", DANGELO));
        assertFalse(SignerNames.sameName(null, DANGELO));
    }

    @Test
    void theTaxCodeDecidesWhenBothHaveOneOtherwiseTheName() {
        assertTrue(Countersignatures.matches(new ExpectedSigner(null, "dngmgr85m41f839y"), DANGELO));
        assertTrue(Countersignatures.matches(new ExpectedSigner("Someone Else", "TINIT-DNGMGR85M41F839Y"), DANGELO),
                "the tax code identifies the person; the name on file may be written differently");
        assertFalse(Countersignatures.matches(new ExpectedSigner("Maria Grazia D'Angelo", "RSSMRA80A01H501U"),
                DANGELO), "a namesake with another tax code is another person");
        assertTrue(Countersignatures.matches(new ExpectedSigner("Maria Grazia D'Angelo", null), DANGELO));
        assertFalse(Countersignatures.matches(new ExpectedSigner(null, null), DANGELO));
    }
}
