package it.sfide.challenge.boundary;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.identity.ItalianRegion;
import it.sfide.shared.ValidationFailure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one reading of a catalogue search from text parameters, shared by the API's query string and the catalogue
 * page's address: one set of names ({@link #NAMES}), one meaning of each value, and the same answer to the same
 * wrong value everywhere: every wrong one named on its field, all at once ({@link ValidationFailure}), never
 * silently dropped.
 */
public final class CatalogueParameters {

    /** The parameters' names, in the order {@link #named} takes their values. */
    public static final List<String> NAMES = List.of("q", "type", "status", "body", "theme", "region", "trl",
            "budgetMin", "budgetMax", "deadlineFrom", "deadlineTo", "sort", "page", "size");

    /** Dates (without a time) are days in Italy. */
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final Map<String, String> values;
    private final ValidationFailure.Collector problems = new ValidationFailure.Collector();

    private CatalogueParameters(Map<String, String> values) {
        this.values = values;
    }

    /** The values given in the order of {@link #NAMES} (null for a parameter not given), by name. */
    public static Map<String, String> named(String... values) {
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put(NAMES.get(i), values[i]);
        }
        return named;
    }

    /**
     * The search the parameters ask for; unknown names are ignored, a blank value is no filter. A deadline given
     * as a date: from the start of {@code deadlineFrom}, through the end of {@code deadlineTo} (an instant: before
     * it). Only the publicly listed statuses may be asked for.
     *
     * @throws ValidationFailure naming each wrong parameter ({@code error.parameter})
     */
    public static CatalogueQuery parse(Map<String, String> parameters) {
        CatalogueParameters p = new CatalogueParameters(parameters);
        ChallengeStatus status = p.value("status", v -> listed(ChallengeStatus.valueOf(constant(v))));
        Integer page = p.value("page", Integer::valueOf);
        Integer size = p.value("size", Integer::valueOf);
        CatalogueQuery query = new CatalogueQuery(p.value("q", v -> v), p.value("type",
                v -> ChallengeType.valueOf(constant(v))), status, p.value("body", Long::valueOf),
                p.value("theme", String::strip), p.value("region", v -> ItalianRegion.valueOf(constant(v))),
                p.value("trl", Integer::valueOf), p.value("budgetMin", BigDecimal::new),
                p.value("budgetMax", BigDecimal::new), p.value("deadlineFrom", v -> instant(v, false)),
                p.value("deadlineTo", v -> instant(v, true)), p.value("sort",
                        v -> CatalogueQuery.Sort.valueOf(constant(v))), page == null ? 0 : page,
                size == null ? CatalogueQuery.DEFAULT_SIZE : size);
        p.problems.throwIfAny();
        return query;
    }

    private <T> T value(String name, Function<String, T> parser) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(name.equals("q") ? value : value.strip());
        } catch (RuntimeException e) {
            problems.add(name, "error.parameter", name);
            return null;
        }
    }

    private static String constant(String value) {
        return value.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static ChallengeStatus listed(ChallengeStatus status) {
        if (!status.isPublic()) {
            throw new IllegalArgumentException("not listed: " + status);
        }
        return status;
    }

    /** An instant, or a date: its start in Italy, or for the end of a range the start of the next day. */
    private static Instant instant(String value, boolean endOfRange) {
        if (value.length() != 10) {
            return Instant.parse(value);
        }
        LocalDate day = LocalDate.parse(value);
        return (endOfRange ? day.plusDays(1) : day).atStartOfDay(ROME).toInstant();
    }
}
