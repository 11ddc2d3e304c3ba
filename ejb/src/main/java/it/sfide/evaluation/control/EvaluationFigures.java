package it.sfide.evaluation.control;

import it.sfide.document.spi.DocumentLayout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers as the evaluation documents print them, in the document's language ({@code document.numberLocale}):
 * scores with one decimal ("3,5" in Italian, "3.5" in English), amounts in euro.
 */
final class EvaluationFigures {

    private EvaluationFigures() {
    }

    /** A score or total with exactly one decimal, rounded half up; a dash when there is none. */
    static String score(BigDecimal value, DocumentLayout layout) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale(layout));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** An amount in euro; a dash when there is none. */
    static String money(BigDecimal amount, DocumentLayout layout) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale(layout));
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    /** Yes or no in the document's language. */
    static String yesNo(boolean value, DocumentLayout layout) {
        return layout.text(value ? "common.yes" : "common.no");
    }

    /** Text clipped to at most {@code max} characters, with an ellipsis when it was longer. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static Locale locale(DocumentLayout layout) {
        return Locale.forLanguageTag(layout.text("document.numberLocale"));
    }
}
