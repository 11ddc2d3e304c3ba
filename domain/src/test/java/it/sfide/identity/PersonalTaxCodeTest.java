package it.sfide.identity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalTaxCodeTest {

    @Test
    void acceptsAValidCodeAndNamesAWrongCheckCharacterApartFromAWrongShape() {
        assertNull(PersonalTaxCode.problem("RSSMRA85T10A562S"));
        assertEquals(PersonalTaxCode.Problem.CHECK_CHARACTER, PersonalTaxCode.problem("RSSMRA85T10A562T"));
        assertEquals(PersonalTaxCode.Problem.SHAPE, PersonalTaxCode.problem("RSSMRA85T10A562"), "fifteen characters");
        assertEquals(PersonalTaxCode.Problem.SHAPE, PersonalTaxCode.problem("RSSMRA85F10A562S"), "F is no month");
        assertEquals(PersonalTaxCode.Problem.SHAPE, PersonalTaxCode.problem("80050050154"), "a company's code");
        assertEquals(PersonalTaxCode.Problem.SHAPE, PersonalTaxCode.problem(null));
    }

    @Test
    void acceptsOmocodiaLettersWithTheCheckCharacterComputedOnThem() {
        // the last digit of the place (2) replaced by N, then every digit: the check character changes each time
        assertTrue(PersonalTaxCode.isValid("RSSMRA85T10A56NH"));
        assertTrue(PersonalTaxCode.isValid("RSSMRAURTMLARQNJ"));
        assertFalse(PersonalTaxCode.isValid("RSSMRA85T10A56NS"), "the unsubstituted code's check character");
        assertEquals(PersonalTaxCode.Problem.SHAPE, PersonalTaxCode.problem("RSSMRA85T10A56AH"),
                "A is no omocodia letter");
    }

    @Test
    void normalisesLowerCaseAndSpacesBeforeChecking() {
        assertEquals("RSSMRA85T10A562S", PersonalTaxCode.normalise(" rssmra 85t10 a562s "));
        assertTrue(PersonalTaxCode.isValid(PersonalTaxCode.normalise("rssmra85t10a562s")));
        assertFalse(PersonalTaxCode.isValid("rssmra85t10a562s"), "checks take normalised codes");
    }

    @Test
    void derivesTheCodeOfAPersonAsTheAgenziaDoes() {
        assertEquals("RSSMRA85T10A562S", PersonalTaxCode.of("Rossi", "Mario", LocalDate.of(1985, 12, 10), false, "A562"));
        // four consonants in the name: first, third and fourth; women's day plus 40; short names padded with X
        assertEquals("CLMFNC80A41F205E", PersonalTaxCode.of("Colombo", "Francesca", LocalDate.of(1980, 1, 1), true,
                "F205"));
        assertEquals("FOXLIA", PersonalTaxCode.of("Fo", "Lia", LocalDate.of(1990, 6, 15), true, "Z112").substring(0, 6));
        assertEquals("DMCNCL", PersonalTaxCode.of("D'Amico", "Nicolò", LocalDate.of(1990, 6, 15), false, "F205")
                .substring(0, 6), "apostrophes dropped, accents folded");
        assertTrue(PersonalTaxCode.isValid(PersonalTaxCode.of("Greco", "Paolo", LocalDate.of(1980, 1, 1), false,
                "F205")));
        assertThrows(IllegalArgumentException.class,
                () -> PersonalTaxCode.of("Rossi", "Mario", LocalDate.of(1985, 12, 10), false, "Milano"));
    }

    @Test
    void organisationsStillTakeElevenDigitsOrAPersonsCode() {
        assertTrue(Codes.isItalianFiscalCode("RSSMRA85T10A56NH"), "a sole trader's omocodic code");
        assertTrue(Codes.isItalianFiscalCode("80050050154"));
        assertFalse(Codes.isItalianFiscalCode("RSSMRA85T10A562T"));
    }
}
