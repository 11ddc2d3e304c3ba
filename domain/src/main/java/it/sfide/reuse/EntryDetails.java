package it.sfide.reuse;

import it.sfide.shared.ValidationFailure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the owning body says of a solution in the reuse catalogue, checked and tidied when made (every problem at
 * once, each on its field, as {@link ValidationFailure}): what a {@code publiccode.yml} (standard 0.4) needs and the
 * catalogue shows. Texts are stripped ({@code \r\n} becomes {@code \n}, a blank text is none); lists drop blank
 * items.
 *
 * <ul>
 * <li>{@code name} (one line, at most {@value #NAME_MAX} characters), {@code repositoryUrl} (an {@code https}
 * address of the source code), {@code landingUrl} (optional: a page for people, {@code https});</li>
 * <li>{@code licence}: an SPDX identifier of {@link PublicCodeVocabulary#LICENCES}, or several joined by
 * {@code OR}/{@code AND};</li>
 * <li>{@code softwareType}, {@code developmentStatus}: the standard's codes ({@code standalone/web}, {@code stable});
 * {@code categories} (1 to {@value #LIST_MAX}) from the standard's list; {@code platforms} (1 to {@value #LIST_MAX},
 * {@code web}, {@code android}… or a short name); {@code availableLanguages} (1 to {@value #LIST_MAX}, BCP 47 tags
 * such as {@code it}, {@code en});</li>
 * <li>{@code softwareVersion} (optional), {@code releaseDate} (of that version), {@code maintenanceUntil} (the
 * day the operator's maintenance ends), {@code localisationReady};</li>
 * <li>{@code italian} and {@code english}: a sentence (at most {@value #SHORT_MAX} characters), a description for
 * users ({@value #LONG_MIN} to {@value #LONG_MAX} characters, several paragraphs allowed) and the features (1 to
 * {@value #FEATURES_MAX}, one line each, at most {@value #FEATURE_MAX} characters).</li>
 * </ul>
 * Lengths are counted in Unicode characters (code points), as the standard counts them.
 */
public record EntryDetails(String name, String repositoryUrl, String landingUrl, String licence, String softwareType,
        String developmentStatus, List<String> categories, List<String> platforms, List<String> availableLanguages,
        String softwareVersion, LocalDate releaseDate, LocalDate maintenanceUntil, boolean localisationReady,
        Description italian, Description english) {

    public static final int NAME_MAX = 100;
    public static final int URL_MAX = 500;
    public static final int LICENCE_MAX = 200;
    public static final int VERSION_MAX = 50;
    public static final int LIST_MAX = 10;
    public static final int ITEM_MAX = 40;
    public static final int SHORT_MAX = 150;
    public static final int LONG_MIN = 150;
    public static final int LONG_MAX = 10_000;
    public static final int FEATURES_MAX = 20;
    public static final int FEATURE_MAX = 100;

    /** The description in one language. */
    public record Description(String shortDescription, String longDescription, List<String> features) {
        public Description {
            shortDescription = text(shortDescription);
            longDescription = text(longDescription);
            features = lines(features);
        }
    }

    public EntryDetails {
        name = text(name);
        repositoryUrl = text(repositoryUrl);
        landingUrl = text(landingUrl);
        licence = text(licence);
        softwareType = text(softwareType);
        developmentStatus = text(developmentStatus);
        categories = lines(categories);
        platforms = lines(platforms);
        availableLanguages = lines(availableLanguages);
        softwareVersion = text(softwareVersion);
        italian = italian == null ? new Description(null, null, null) : italian;
        english = english == null ? new Description(null, null, null) : english;

        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        line(problems, "name", name, true, NAME_MAX);
        url(problems, "repositoryUrl", repositoryUrl, true);
        url(problems, "landingUrl", landingUrl, false);
        if (line(problems, "licence", licence, true, LICENCE_MAX)) {
            problems.check(PublicCodeVocabulary.isLicenceExpression(licence), "licence", "publiccode.error.licence");
        }
        problems.check(softwareType != null, "softwareType", "error.required")
                .check(softwareType == null || PublicCodeVocabulary.SOFTWARE_TYPES.contains(softwareType),
                        "softwareType", "reuse.error.softwareType")
                .check(developmentStatus != null, "developmentStatus", "error.required")
                .check(developmentStatus == null
                        || PublicCodeVocabulary.DEVELOPMENT_STATUSES.contains(developmentStatus),
                        "developmentStatus", "reuse.error.developmentStatus");
        if (list(problems, "categories", categories, LIST_MAX, ITEM_MAX)) {
            categories.stream().filter(c -> !PublicCodeVocabulary.CATEGORIES.contains(c)).findFirst()
                    .ifPresent(c -> problems.add("categories", "publiccode.error.category", c));
        }
        list(problems, "platforms", platforms, LIST_MAX, ITEM_MAX);
        if (list(problems, "availableLanguages", availableLanguages, LIST_MAX, ITEM_MAX)) {
            availableLanguages.stream().filter(t -> !isLanguageTag(t)).findFirst()
                    .ifPresent(t -> problems.add("availableLanguages", "publiccode.error.language", t));
        }
        line(problems, "softwareVersion", softwareVersion, false, VERSION_MAX);
        problems.check(releaseDate != null, "releaseDate", "error.required")
                .check(maintenanceUntil != null, "maintenanceUntil", "error.required");
        description(problems, "italian", italian);
        description(problems, "english", english);
        problems.throwIfAny();
    }

    /** The description in the reader's language (Italian unless English is asked for). */
    public Description description(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : italian;
    }

    private static void description(ValidationFailure.Collector problems, String field, Description d) {
        line(problems, field + ".shortDescription", d.shortDescription(), true, SHORT_MAX);
        String text = d.longDescription();
        String f = field + ".longDescription";
        if (text == null) {
            problems.add(f, "error.required");
        } else if (!allowed(text, true)) {
            problems.add(f, "publiccode.error.characters");
        } else if (length(text) < LONG_MIN) {
            problems.add(f, "publiccode.error.tooShort", LONG_MIN);
        } else if (length(text) > LONG_MAX) {
            problems.add(f, "error.tooLong", LONG_MAX);
        }
        list(problems, field + ".features", d.features(), FEATURES_MAX, FEATURE_MAX);
    }

    /** A list of one-line items: not empty, not too many, each short and allowed, none twice; true when fine. */
    private static boolean list(ValidationFailure.Collector problems, String field, List<String> values, int max,
            int itemMax) {
        if (values.isEmpty()) {
            problems.add(field, "error.required");
            return false;
        }
        if (values.size() > max) {
            problems.add(field, "reuse.error.tooMany", max);
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!allowed(value, false)) {
                problems.add(field, "publiccode.error.characters");
                return false;
            }
            if (length(value) > itemMax) {
                problems.add(field, "reuse.error.itemTooLong", itemMax, value);
                return false;
            }
            if (!seen.add(value)) {
                problems.add(field, "publiccode.error.duplicate", value);
                return false;
            }
        }
        return true;
    }

    /** A text on one line, within its length; true when present and fine. */
    private static boolean line(ValidationFailure.Collector problems, String field, String value, boolean required,
            int max) {
        if (value == null) {
            problems.check(!required, field, "error.required");
            return false;
        }
        if (value.indexOf('\n') >= 0) {
            problems.add(field, "publiccode.error.singleLine");
            return false;
        }
        if (!allowed(value, false)) {
            problems.add(field, "publiccode.error.characters");
            return false;
        }
        if (length(value) > max) {
            problems.add(field, "error.tooLong", max);
            return false;
        }
        return true;
    }

    private static void url(ValidationFailure.Collector problems, String field, String value, boolean required) {
        if (line(problems, field, value, required, URL_MAX)) {
            problems.check(isHttpsAddress(value), field, "reuse.error.https");
        }
    }

    /** An absolute {@code https} address with a host, no user information, only printable ASCII. */
    public static boolean isHttpsAddress(String value) {
        if (value == null || !value.codePoints().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A well-formed BCP 47 tag whose language is an ISO 639 code of two or three letters. */
    static boolean isLanguageTag(String tag) {
        try {
            int language = new Locale.Builder().setLanguageTag(tag).build().getLanguage().length();
            return language == 2 || language == 3;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /**
     * Whether every character may stand in a {@code publiccode.yml}: YAML's printable characters less the line and
     * paragraph separators and the byte-order mark; tab and line feed only in multi-line texts.
     */
    static boolean allowed(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean ok = (c == '\n' || c == '\t') ? multiLine
                    : c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && !Character.isSurrogate(c)
                            && c != '\u2028' && c != '\u2029' && c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** Stripped, line breaks as {@code \n}; null when blank. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String tidy = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        return tidy.isEmpty() ? null : tidy;
    }

    /** The non-blank items, each stripped; never null. */
    static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().map(EntryDetails::text).filter(Objects::nonNull).toList();
    }

    /** The items of a text of one item per line (a form's text area), as {@link #lines} tidies them. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : lines(List.of(text.split("\\R")));
    }
}
