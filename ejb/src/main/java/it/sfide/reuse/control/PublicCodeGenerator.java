package it.sfide.reuse.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the {@code publiccode.yml} of a solution in the reuse catalogue: publiccode.yml standard 0.4 with the
 * Italian extension 1.0, UTF-8, line feeds only.
 *
 * <p>The output is a fixed function of the record (same record, same bytes): keys always in the standard's order,
 * lists in the record's order, no date of generation. Every string value is written double-quoted with YAML's
 * escapes ({@code "}, {@code \}, line feed, tab), so names with colons, quotes, {@code #}, leading dashes or words
 * like {@code yes}, {@code null} or {@code 1.0} stay strings for YAML 1.1 and 1.2 readers alike; accented letters
 * and emoji are written as they are. A long description of several lines is written as a literal block
 * ({@code |-}) so that people can read it, unless it holds a tab, when it is double-quoted too. Dates are quoted
 * ({@code "2025-03-14"}): unquoted, a YAML 1.1 reader would turn them into timestamps.
 *
 * <p>Pure Java: no container, no clock, no I/O.
 */
public final class PublicCodeGenerator {

    /** The {@code publiccodeYmlVersion} written. */
    public static final String STANDARD_VERSION = "0.4";
    /** The {@code it/countryExtensionVersion} written (the Italian extension the 0.4 standard defines). */
    public static final String ITALIAN_EXTENSION_VERSION = "1.0";
    /** The name the standard gives the file. */
    public static final String FILE_NAME = "publiccode.yml";
    /** The media type to serve it with (RFC 9512). */
    public static final String MEDIA_TYPE = "application/yaml";

    private static final String INDENT = "  ";

    private PublicCodeGenerator() {
    }

    /**
     * The file's text.
     *
     * @throws it.sfide.shared.ValidationFailure with every problem of {@link PublicCodeRecord#problems()}
     */
    public static String yaml(PublicCodeRecord record) {
        record.requireValid();
        Yaml out = new Yaml();
        out.scalar(0, "publiccodeYmlVersion", STANDARD_VERSION);
        out.blank();
        out.scalar(0, "name", record.name());
        out.scalar(0, "url", record.repositoryUrl());
        if (record.landingUrl() != null) {
            out.scalar(0, "landingURL", record.landingUrl());
        }
        if (record.softwareVersion() != null) {
            out.scalar(0, "softwareVersion", record.softwareVersion());
        }
        out.scalar(0, "releaseDate", record.releaseDate().toString());
        out.blank();
        out.list(0, "platforms", record.platforms());
        out.list(0, "categories", record.categories());
        out.list(0, "usedBy", usedBy(record));
        out.blank();
        out.scalar(0, "developmentStatus", record.developmentStatus().code());
        out.scalar(0, "softwareType", record.softwareType().code());
        out.blank();
        out.key(0, "description");
        description(out, "it", record.italian());
        description(out, "en", record.english());
        out.blank();
        out.key(0, "legal");
        out.scalar(1, "license", record.licence());
        if (record.mainCopyrightOwner() != null) {
            out.scalar(1, "mainCopyrightOwner", record.mainCopyrightOwner());
        }
        if (record.repoOwner() != null) {
            out.scalar(1, "repoOwner", record.repoOwner());
        }
        out.blank();
        out.key(0, "maintenance");
        out.scalar(1, "type", "contract");
        out.key(1, "contractors");
        PublicCodeRecord.Contractor contractor = record.contractor();
        out.item(2, "name", contractor.name());
        out.scalar(3, "until", contractor.until().toString());
        if (contractor.website() != null) {
            out.scalar(3, "website", contractor.website());
        }
        out.blank();
        out.key(0, "localisation");
        out.plain(1, "localisationReady", Boolean.toString(record.localisationReady()));
        out.list(1, "availableLanguages", record.availableLanguages());
        out.blank();
        out.key(0, "it");
        out.scalar(1, "countryExtensionVersion", ITALIAN_EXTENSION_VERSION);
        out.key(1, "riuso");
        out.scalar(2, "codiceIPA", record.owner().ipaCode());
        return out.toString();
    }

    /** The file's bytes, UTF-8 without a byte-order mark. */
    public static byte[] utf8(PublicCodeRecord record) {
        return yaml(record).getBytes(StandardCharsets.UTF_8);
    }

    /** The owning body, then the adopters, each once. */
    private static List<String> usedBy(PublicCodeRecord record) {
        Set<String> names = new LinkedHashSet<>();
        names.add(record.owner().name());
        names.addAll(record.adopters());
        return new ArrayList<>(names);
    }

    private static void description(Yaml out, String language, PublicCodeRecord.Description d) {
        out.key(1, language);
        if (d.localisedName() != null) {
            out.scalar(2, "localisedName", d.localisedName());
        }
        out.scalar(2, "shortDescription", d.shortDescription());
        out.text(2, "longDescription", d.longDescription());
        out.list(2, "features", d.features());
    }

    /** Block-style YAML made of the few shapes the file needs, every string double-quoted. */
    private static final class Yaml {
        private final StringBuilder out = new StringBuilder(4096);

        void blank() {
            out.append('\n');
        }

        void key(int level, String key) {
            indent(level).append(key).append(":\n");
        }

        void scalar(int level, String key, String value) {
            indent(level).append(key).append(": ");
            quoted(value);
            out.append('\n');
        }

        /** A value YAML reads as it is: only for booleans and the like, never for text from the record. */
        void plain(int level, String key, String value) {
            indent(level).append(key).append(": ").append(value).append('\n');
        }

        void list(int level, String key, List<String> values) {
            key(level, key);
            for (String value : values) {
                indent(level + 1).append("- ");
                quoted(value);
                out.append('\n');
            }
        }

        /** The first key of a mapping that is an item of a list. */
        void item(int level, String key, String value) {
            indent(level).append("- ").append(key).append(": ");
            quoted(value);
            out.append('\n');
        }

        /**
         * A text that may span lines: a literal block when it has several lines and nothing a literal block could
         * misread, double-quoted otherwise. The record has stripped the text, so it neither starts with a space
         * (which would change the block's indentation) nor ends with a line feed (which {@code |-} would drop).
         */
        void text(int level, String key, String value) {
            if (value.indexOf('\n') < 0 || !literalSafe(value)) {
                scalar(level, key, value);
                return;
            }
            indent(level).append(key).append(": |-\n");
            for (String line : value.split("\n", -1)) {
                if (!line.isEmpty()) {
                    indent(level + 1).append(line);
                }
                out.append('\n');
            }
        }

        private static boolean literalSafe(String value) {
            if (value.isEmpty() || Character.isWhitespace(value.charAt(0))
                    || Character.isWhitespace(value.charAt(value.length() - 1))) {
                return false;
            }
            return value.codePoints().allMatch(c -> c == '\n' || printable(c));
        }

        private void quoted(String value) {
            out.append('"');
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                i += Character.charCount(c);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (printable(c)) {
                            out.appendCodePoint(c);
                        } else if (c <= 0xFFFF) {
                            out.append(String.format(Locale.ROOT, "\\u%04X", c));
                        } else {
                            out.append(String.format(Locale.ROOT, "\\U%08X", c));
                        }
                    }
                }
            }
            out.append('"');
        }

        /**
         * Written as it is: YAML's printable characters less those a YAML 1.1 reader takes for line breaks
         * (U+2028, U+2029) and the byte-order mark; everything else is escaped.
         */
        private static boolean printable(int c) {
            return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                    || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
        }

        private StringBuilder indent(int level) {
            return out.append(INDENT.repeat(level));
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
