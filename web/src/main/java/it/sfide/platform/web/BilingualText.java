package it.sfide.platform.web;

/** Splits a text written as "Italiano / English" in one field into the half of one language. */
final class BilingualText {

    static final String SEPARATOR = " / ";

    private BilingualText() {
    }

    /** The Italian (first) or English (second) half of "Italiano / English"; any other text unchanged. */
    static String part(String text, boolean english) {
        if (text == null) {
            return null;
        }
        int at = text.indexOf(SEPARATOR);
        if (at < 0 || text.indexOf(SEPARATOR, at + 1) >= 0 || text.contains("\n")) {
            return text;
        }
        String italian = text.substring(0, at).strip();
        String other = text.substring(at + SEPARATOR.length()).strip();
        if (words(italian) < 2 || words(other) < 2) {
            return text;
        }
        return english ? other : italian;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.split("\\s+").length;
    }
}
