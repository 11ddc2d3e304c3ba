package it.sfide.reuse.boundary;

import it.sfide.challenge.Themes;
import it.sfide.identity.ItalianRegion;
import it.sfide.reuse.PublicCodeVocabulary;
import it.sfide.shared.ValidationFailure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one reading of a reuse catalogue search from text parameters, shared by the API's query string and the
 * catalogue page's address (the challenge catalogue's {@code CatalogueParameters}, for this catalogue): the same
 * names, the same meaning, and every wrong value named on its field, all at once ({@link ValidationFailure}).
 */
public final class ReuseParameters {

    /** The parameters' names, in the order {@link #named} takes their values. */
    public static final List<String> NAMES = List.of("q", "licence", "body", "region", "theme", "page", "size");

    private final Map<String, String> values;
    private final ValidationFailure.Collector problems = new ValidationFailure.Collector();

    private ReuseParameters(Map<String, String> values) {
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
     * The search the parameters ask for; unknown names are ignored, a blank value is no filter. A licence is one
     * SPDX identifier Sfide accepts, a theme one of the challenges' themes.
     *
     * @throws ValidationFailure naming each wrong parameter ({@code error.parameter})
     */
    public static ReuseQuery parse(Map<String, String> parameters) {
        ReuseParameters p = new ReuseParameters(parameters);
        Integer page = p.value("page", Integer::valueOf);
        Integer size = p.value("size", Integer::valueOf);
        ReuseQuery query = new ReuseQuery(p.value("q", v -> v), p.value("licence", ReuseParameters::licence),
                p.value("body", Long::valueOf), p.value("region",
                        v -> ItalianRegion.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'))),
                p.value("theme", ReuseParameters::theme), page == null ? 0 : page,
                size == null ? ReuseQuery.DEFAULT_SIZE : size);
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

    private static String licence(String value) {
        if (!PublicCodeVocabulary.LICENCES.contains(value)) {
            throw new IllegalArgumentException("not a licence: " + value);
        }
        return value;
    }

    private static String theme(String value) {
        if (!Themes.CODES.contains(value)) {
            throw new IllegalArgumentException("not a theme: " + value);
        }
        return value;
    }
}
