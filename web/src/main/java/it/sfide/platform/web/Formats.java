package it.sfide.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Formatting shared by every page ({@code #{fmt}}): instants shown in Europe/Rome, the time of the procedures,
 * and bundle texts with arguments (written with plain apostrophes, so not through {@code h:outputFormat}).
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ROME);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ROME);

    /** {@code dd/MM/yyyy HH:mm} in Europe/Rome; empty for null. */
    public String instant(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A day, {@code dd/MM/yyyy}; empty for null. */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The same instant for the {@code datetime} attribute of a {@code <time>} element. */
    public String iso(Instant instant) {
        return instant == null ? "" : ISO.format(instant);
    }

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** How long until the instant, in words ("3 days 4 hours left"); "closed" once it has passed. */
    public String timeLeft(Instant deadline) {
        if (deadline == null) {
            return "";
        }
        java.time.Duration left = java.time.Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            return text("time.passed");
        }
        if (left.toDays() > 0) {
            return text("time.daysHours", left.toDays(), left.toHoursPart());
        }
        if (left.toHours() > 0) {
            return text("time.hoursMinutes", left.toHours(), left.toMinutesPart());
        }
        return text("time.minutes", Math.max(1, left.toMinutes()));
    }

    /** An amount in euro, written in the page's language; empty for null. */
    public String euro(java.math.BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(
                "en".equals(Messages.locale().getLanguage()) ? java.util.Locale.UK : java.util.Locale.ITALY);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount);
    }

    /** A bundle text in the page's language with its arguments filled in. */
    public String text(String key, Object... args) {
        return Messages.text(key, args);
    }

    /**
     * A registered document's title in the page's language: the title of its kind in the bundle
     * ({@code document.challenge-notice.title}), else the title it was registered with.
     */
    public String documentTitle(String type, String registeredTitle) {
        if (type == null) {
            return registeredTitle;
        }
        String key = "document." + type + ".title";
        String text = Messages.text(key);
        return key.equals(text) ? registeredTitle : text;
    }

    /**
     * A text written in both languages in one field, "Italiano / English", in the page's language only; any other
     * text as it is. Both halves must read as phrases (two words or more each), so "entrate / uscite" is left whole.
     */
    public String inLanguage(String text) {
        return BilingualText.part(text, "en".equals(Messages.locale().getLanguage()));
    }
}
