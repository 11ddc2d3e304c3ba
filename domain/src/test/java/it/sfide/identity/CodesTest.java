package it.sfide.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodesTest {

    @Test
    void acceptsRealItalianVatNumbersAndRefusesAWrongCheckDigit() {
        assertTrue(Codes.isItalianVatNumber("80050050154"), "Regione Lombardia");
        assertTrue(Codes.isItalianVatNumber("01199250158"), "Comune di Milano");
        assertTrue(Codes.isItalianVatNumber("04376620151"), "Politecnico di Milano");
        assertFalse(Codes.isItalianVatNumber("01199250159"));
        assertFalse(Codes.isItalianVatNumber("1199250158"), "ten digits");
        assertFalse(Codes.isItalianVatNumber("0119925015A"));
        assertFalse(Codes.isItalianVatNumber("00000000000"));
    }

    @Test
    void acceptsPersonalFiscalCodesWithTheirCheckCharacter() {
        assertTrue(Codes.isItalianFiscalCode("RSSMRA85T10A562S"));
        assertFalse(Codes.isItalianFiscalCode("RSSMRA85T10A562T"), "wrong check character");
        assertFalse(Codes.isItalianFiscalCode("RSSMRA85T10A562"), "too short");
        assertTrue(Codes.isItalianFiscalCode("80050050154"), "eleven digits: a body or a company");
    }

    @Test
    void checksForeignVatNumbersByTheirCountryFormat() {
        assertTrue(Codes.isVatNumber("FR", "FR40303265045"));
        assertTrue(Codes.isVatNumber("DE", "123456789"));
        assertFalse(Codes.isVatNumber("DE", "12345678"));
        assertTrue(Codes.isVatNumber("NL", "123456789B01"));
        assertTrue(Codes.isVatNumber("US", "EIN123456"), "other countries: a plausible identifier");
        assertFalse(Codes.isVatNumber("IT", "12345678901"), "Italian ones need their check digit");
    }

    @Test
    void normalisesCodesAndChecksOtherIdentifiers() {
        assertEquals("IT01199250158", Codes.normalise(" it 011.992-50158 "));
        assertTrue(Codes.isIpaCode("c_f205"));
        assertFalse(Codes.isIpaCode("C F205"));
        assertTrue(Codes.isEmail("protocollo@postacert.comune.milano.it"));
        assertFalse(Codes.isEmail("protocollo@"));
        assertFalse(Codes.isEmail("a@b"));
        assertTrue(Codes.isCountry("IT"));
        assertFalse(Codes.isCountry("ITA"));
    }
}
