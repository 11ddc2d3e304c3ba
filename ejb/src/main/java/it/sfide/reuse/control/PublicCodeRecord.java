package it.sfide.reuse.control;

import it.sfide.reuse.PublicCodeVocabulary;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the reuse catalogue knows of a finished solution, as {@link PublicCodeGenerator} turns it into a
 * {@code publiccode.yml} (standard 0.4, Italian extension 1.0).
 *
 * <p>The canonical constructor only tidies: texts are stripped, {@code \r\n} and {@code \r} become {@code \n},
 * a blank text becomes {@code null} and a missing list an empty one. It never refuses: {@link #problems()} says,
 * field by field, everything the standard or the catalogue would not accept, so a form shows every problem at
 * once.
 *
 * @param name               the software's public name (single line)
 * @param repositoryUrl      the source repository, http or https ({@code url})
 * @param landingUrl         a human-readable page, when the repository is not one; optional ({@code landingURL})
 * @param softwareVersion    the latest release's version as displayed, e.g. {@code 1.2.0}; optional
 * @param releaseDate        the day of that release
 * @param owner              the public body that owns the solution (listed in {@code usedBy}, its iPA code in
 *                           {@code it/riuso/codiceIPA})
 * @param contractor         who maintains it under contract, and until when ({@code maintenance})
 * @param licence            an SPDX expression of {@link PublicCodeVocabulary#LICENCES}, e.g. {@code EUPL-1.2}
 * @param mainCopyrightOwner who owns the copyright on most of the code; optional
 * @param repoOwner          who owns the repository; optional
 * @param platforms          where users use it: {@link PublicCodeVocabulary#PLATFORMS} or another short name
 * @param categories         from {@link PublicCodeVocabulary#CATEGORIES}
 * @param developmentStatus  how far it is
 * @param softwareType       what kind of software it is
 * @param italian            the description in Italian
 * @param english            the description in English
 * @param availableLanguages the languages of the software's interface, as BCP 47 tags ({@code it}, {@code en})
 * @param localisationReady  whether the software is built to be translated
 * @param adopters           other public bodies known to use it (after the owner in {@code usedBy})
 */
public record PublicCodeRecord(String name, String repositoryUrl, String landingUrl, String softwareVersion,
        LocalDate releaseDate, Owner owner, Contractor contractor, String licence, String mainCopyrightOwner,
        String repoOwner, List<String> platforms, List<String> categories, DevelopmentStatus developmentStatus,
        SoftwareType softwareType, Description italian, Description english, List<String> availableLanguages,
        boolean localisationReady, List<String> adopters) {

    /** The standard's limits on descriptions, in Unicode characters (code points), as its parser counts them. */
    public static final int SHORT_DESCRIPTION_MAX = 150;
    public static final int LONG_DESCRIPTION_MIN = 150;
    public static final int LONG_DESCRIPTION_MAX = 10_000;

    /** The public body owning the solution: its name and its code in the Indice delle Pubbliche Amministrazioni. */
    public record Owner(String name, String ipaCode) {
        public Owner {
            name = text(name);
            ipaCode = text(ipaCode);
        }
    }

    /** The operator maintaining the solution under contract, its website (optional) and the contract's last day. */
    public record Contractor(String name, String website, LocalDate until) {
        public Contractor {
            name = text(name);
            website = text(website);
        }
    }

    /**
     * The description in one language: a name in that language (optional), one sentence (at most
     * {@value PublicCodeRecord#SHORT_DESCRIPTION_MAX} characters), a longer text for users (from
     * {@value PublicCodeRecord#LONG_DESCRIPTION_MIN} to {@value PublicCodeRecord#LONG_DESCRIPTION_MAX}
     * characters, several lines and basic Markdown allowed) and the features, one line each.
     */
    public record Description(String localisedName, String shortDescription, String longDescription,
            List<String> features) {
        public Description {
            localisedName = text(localisedName);
            shortDescription = text(shortDescription);
            longDescription = text(longDescription);
            features = texts(features);
        }
    }

    /** {@code developmentStatus}: the standard's values. */
    public enum DevelopmentStatus {
        CONCEPT("concept"), DEVELOPMENT("development"), BETA("beta"), STABLE("stable"), OBSOLETE("obsolete");

        private final String code;

        DevelopmentStatus(String code) {
            this.code = code;
        }

        /** The value written in the file. */
        public String code() {
            return code;
        }
    }

    /** {@code softwareType}: the standard's values. */
    public enum SoftwareType {
        STANDALONE_MOBILE("standalone/mobile"), STANDALONE_IOT("standalone/iot"),
        STANDALONE_DESKTOP("standalone/desktop"), STANDALONE_WEB("standalone/web"),
        STANDALONE_BACKEND("standalone/backend"), STANDALONE_OTHER("standalone/other"), ADDON("addon"),
        LIBRARY("library"), CONFIGURATION_FILES("configurationFiles");

        private final String code;

        SoftwareType(String code) {
            this.code = code;
        }

        /** The value written in the file. */
        public String code() {
            return code;
        }
    }

    /** iPA codes: letters, digits and underscores (c_h501, r_lombar); the registry itself is not consulted. */
    private static final Pattern IPA_CODE = Pattern.compile("[A-Za-z0-9_]{1,20}");

    public PublicCodeRecord {
        name = text(name);
        repositoryUrl = text(repositoryUrl);
        landingUrl = text(landingUrl);
        softwareVersion = text(softwareVersion);
        licence = text(licence);
        mainCopyrightOwner = text(mainCopyrightOwner);
        repoOwner = text(repoOwner);
        platforms = texts(platforms);
        categories = texts(categories);
        availableLanguages = texts(availableLanguages);
        adopters = texts(adopters);
    }

    /**
     * Every problem of this record, each on its field ({@code name}, {@code owner.ipaCode},
     * {@code italian.features[2]}, …) with its message key and arguments; empty when the file can be generated.
     */
    public List<SfideException> problems() {
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        line(problems, "name", name, true);
        url(problems, "repositoryUrl", repositoryUrl, true);
        url(problems, "landingUrl", landingUrl, false);
        line(problems, "softwareVersion", softwareVersion, false);
        problems.check(releaseDate != null, "releaseDate", "error.required");

        if (owner == null) {
            problems.add("owner.name", "error.required").add("owner.ipaCode", "error.required");
        } else {
            line(problems, "owner.name", owner.name(), true);
            if (owner.ipaCode() == null) {
                problems.add("owner.ipaCode", "error.required");
            } else {
                problems.check(IPA_CODE.matcher(owner.ipaCode()).matches(), "owner.ipaCode",
                        "publiccode.error.ipaCode");
            }
        }
        if (contractor == null) {
            problems.add("contractor.name", "error.required").add("contractor.until", "error.required");
        } else {
            line(problems, "contractor.name", contractor.name(), true);
            url(problems, "contractor.website", contractor.website(), false);
            problems.check(contractor.until() != null, "contractor.until", "error.required");
        }

        if (licence == null) {
            problems.add("licence", "error.required");
        } else {
            problems.check(PublicCodeVocabulary.isLicenceExpression(licence), "licence", "publiccode.error.licence");
        }
        line(problems, "mainCopyrightOwner", mainCopyrightOwner, false);
        line(problems, "repoOwner", repoOwner, false);

        lines(problems, "platforms", platforms, true);
        lines(problems, "categories", categories, true);
        for (int i = 0; i < categories.size(); i++) {
            String category = categories.get(i);
            if (category != null && !PublicCodeVocabulary.CATEGORIES.contains(category)) {
                problems.add("categories[" + i + "]", "publiccode.error.category", category);
            }
        }
        problems.check(developmentStatus != null, "developmentStatus", "error.required");
        problems.check(softwareType != null, "softwareType", "error.required");

        description(problems, "italian", italian);
        description(problems, "english", english);

        lines(problems, "availableLanguages", availableLanguages, true);
        for (int i = 0; i < availableLanguages.size(); i++) {
            String tag = availableLanguages.get(i);
            if (tag != null && !isLanguageTag(tag)) {
                problems.add("availableLanguages[" + i + "]", "publiccode.error.language", tag);
            }
        }
        lines(problems, "adopters", adopters, false);
        return problems.found();
    }

    /** Throws every problem at once ({@link ValidationFailure}, a 422 with the fields) unless there is none. */
    public PublicCodeRecord requireValid() {
        List<SfideException> found = problems();
        if (!found.isEmpty()) {
            throw new ValidationFailure(found);
        }
        return this;
    }

    private static void description(ValidationFailure.Collector problems, String field, Description d) {
        if (d == null) {
            problems.add(field + ".shortDescription", "error.required")
                    .add(field + ".longDescription", "error.required")
                    .add(field + ".features", "error.required");
            return;
        }
        line(problems, field + ".localisedName", d.localisedName(), false);
        if (line(problems, field + ".shortDescription", d.shortDescription(), true)) {
            problems.check(length(d.shortDescription()) <= SHORT_DESCRIPTION_MAX, field + ".shortDescription",
                    "error.tooLong", SHORT_DESCRIPTION_MAX);
        }
        String text = d.longDescription();
        if (text == null) {
            problems.add(field + ".longDescription", "error.required");
        } else if (!allowed(text, true)) {
            problems.add(field + ".longDescription", "publiccode.error.characters");
        } else if (length(text) < LONG_DESCRIPTION_MIN) {
            problems.add(field + ".longDescription", "publiccode.error.tooShort", LONG_DESCRIPTION_MIN);
        } else if (length(text) > LONG_DESCRIPTION_MAX) {
            problems.add(field + ".longDescription", "error.tooLong", LONG_DESCRIPTION_MAX);
        }
        lines(problems, field + ".features", d.features(), true);
    }

    /** A list of single-line texts, non-empty when required, each present and none twice. */
    private static void lines(ValidationFailure.Collector problems, String field, List<String> values,
            boolean required) {
        if (values.isEmpty()) {
            problems.check(!required, field, "error.required");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String item = field + "[" + i + "]";
            if (line(problems, item, value, true) && !seen.add(value)) {
                problems.add(item, "publiccode.error.duplicate", value);
            }
        }
    }

    /** A text on one line; true when it is present and fine. */
    private static boolean line(ValidationFailure.Collector problems, String field, String value,
            boolean required) {
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
        return true;
    }

    private static void url(ValidationFailure.Collector problems, String field, String value, boolean required) {
        if (line(problems, field, value, required)) {
            problems.check(isWebAddress(value), field, "publiccode.error.url");
        }
    }

    /** An absolute http or https URL with a host, no user information and nothing a URI may not contain. */
    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawUserInfo() == null
                    && value.codePoints().allMatch(c -> c > 0x20 && c < 0x7F);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A well-formed BCP 47 tag whose primary language subtag is an ISO 639 code of two or three letters
     * ({@code it}, {@code fur}, {@code en-GB}, {@code sl-IT-nedis}); the longer subtags BCP 47 reserves are not in
     * use.
     */
    static boolean isLanguageTag(String tag) {
        try {
            int language = new Locale.Builder().setLanguageTag(tag).build().getLanguage().length();
            return language == 2 || language == 3;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /**
     * Whether every character may stand in the file: YAML's printable characters, less the line and paragraph
     * separators (U+2028, U+2029, U+0085) and the byte-order mark; tab and line feed only in multi-line texts.
     * Unpaired surrogates cannot be written in UTF-8 and are refused.
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

    /** Length in Unicode characters (code points): an emoji counts one, as in the standard's parser. */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String tidy = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        return tidy.isEmpty() ? null : tidy;
    }

    private static List<String> texts(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> tidy = new ArrayList<>(values.size());
        for (String value : values) {
            tidy.add(text(value));
        }
        return Collections.unmodifiableList(tidy);
    }
}
