package it.sfide.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BilingualTextTest {

    @Test
    void aTextInBothLanguagesShowsTheReadersHalf() {
        String text = "Piano economico / Budget plan";
        assertEquals("Piano economico", BilingualText.part(text, false));
        assertEquals("Budget plan", BilingualText.part(text, true));
    }

    @Test
    void otherTextsStayWhole() {
        assertEquals("entrate / uscite", BilingualText.part("entrate / uscite", true));
        assertEquals("km/h e m/s", BilingualText.part("km/h e m/s", true));
        assertEquals("a b / c d / e f", BilingualText.part("a b / c d / e f", true));
        assertEquals("Una riga / due parole\nseconda riga", BilingualText.part("Una riga / due parole\nseconda riga", true));
        assertNull(BilingualText.part(null, true));
    }
}
