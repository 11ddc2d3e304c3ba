package it.sfide.challenge.api;

import it.sfide.shared.SfideException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads the catalogue's query parameters (the API's and the page's URL) and says which one is wrong, instead of the
 * 404 JAX-RS gives for a value it cannot convert.
 */
public final class QueryParameters {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private QueryParameters() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        return parse(name, value, v -> Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    public static Long longValue(String name, String value) {
        return parse(name, value, v -> Long.valueOf(v.strip()));
    }

    public static Integer intValue(String name, String value) {
        return parse(name, value, v -> Integer.valueOf(v.strip()));
    }

    public static BigDecimal amount(String name, String value) {
        return parse(name, value, v -> new BigDecimal(v.strip()));
    }

    /** An instant, or a date (its start in Europe/Rome). */
    public static Instant instant(String name, String value) {
        return parse(name, value, v -> v.strip().length() == 10
                ? LocalDate.parse(v.strip()).atStartOfDay(ROME).toInstant() : Instant.parse(v.strip()));
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw SfideException.invalid(name, "error.parameter", name);
        }
    }
}
