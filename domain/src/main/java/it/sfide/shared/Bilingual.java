package it.sfide.shared;

import java.util.Locale;

/** Texts written in Italian and English: the one in the reader's language, or the other while it is empty. */
public final class Bilingual {

    private Bilingual() {
    }

    public static String pick(Locale locale, String italian, String english) {
        boolean wantsEnglish = locale != null && "en".equals(locale.getLanguage());
        String preferred = wantsEnglish ? english : italian;
        return preferred != null ? preferred : (wantsEnglish ? italian : english);
    }
}
