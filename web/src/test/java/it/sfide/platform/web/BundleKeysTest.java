package it.sfide.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No raw message key reaches a page: both bundles hold the same keys, and every key a page names literally
 * ({@code msg['...']}, {@code fmt.text('...')}) or by an enum's name ({@code msg['challengeStatus.'.concat(c.status)]})
 * exists in both.
 */
class BundleKeysTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern LITERAL = Pattern.compile(
            "(?:msg\\[|fmt\\.text\\(|Messages\\.text\\()'([A-Za-z0-9_.-]+)'\\s*[\\],)]");
    private static final Pattern PREFIX = Pattern.compile("(?:msg\\[|fmt\\.text\\()'([A-Za-z0-9_.-]+\\.)'\\.concat");

    /** A business error's key ({@code SfideException.conflict("proposal.error.x")}) or a page message's. */
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:SfideException\\.[a-zA-Z]+|Messages\\.(?:info|error|errorAfterRedirect|text))\\((?:\"[^\"]*\",\\s*)?"
                    + "\"([a-zA-Z0-9_-]+(?:\\.[a-zA-Z0-9_-]+)+)\"");
    /** An audited act: its action and target kind are shown in words on the audit log. */
    private static final Pattern AUDITED = Pattern.compile(
            "@Audited\\((?:value = )?\"([^\"]*)\"(?:, target = \"([^\"]+)\")?\\)");

    /** Prefixes of keys completed by an enum's constant name, and the enum. */
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            Map.entry("challengeStatus.", it.sfide.challenge.ChallengeStatus.class),
            Map.entry("challengeType.", it.sfide.challenge.ChallengeType.class),
            Map.entry("tieBreak.", it.sfide.challenge.TieBreak.class),
            Map.entry("region.", it.sfide.identity.ItalianRegion.class),
            Map.entry("cosponsorStatus.", it.sfide.challenge.CoSponsorStatus.class),
            Map.entry("proposalStatus.", it.sfide.proposal.ProposalStatus.class),
            Map.entry("contractStatus.", it.sfide.contract.ContractStatus.class),
            Map.entry("milestoneStatus.", it.sfide.contract.MilestoneStatus.class),
            Map.entry("auditOutcome.", it.sfide.audit.AuditOutcome.class),
            Map.entry("role.", it.sfide.shared.Role.class));

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Set<String> italian = keys("it/sfide/i18n/messages.properties");
        Set<String> english = keys("it/sfide/i18n/messages_en.properties");
        assertEquals(Set.of(), minus(italian, english), "keys without English text");
        assertEquals(Set.of(), minus(english, italian), "keys without Italian text");
    }

    @Test
    void everyKeyAPageNamesExistsInBothBundles() throws IOException {
        Set<String> italian = keys("it/sfide/i18n/messages.properties");
        Set<String> english = keys("it/sfide/i18n/messages_en.properties");
        Map<String, Set<String>> missing = new TreeMap<>();
        Set<String> prefixes = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String source = Files.readString(page);
                Matcher m = LITERAL.matcher(source);
                while (m.find()) {
                    found++;
                    String key = m.group(1);
                    if (!italian.contains(key) || !english.contains(key)) {
                        missing.computeIfAbsent(PAGES.relativize(page).toString(), k -> new TreeSet<>()).add(key);
                    }
                }
                Matcher p = PREFIX.matcher(source);
                while (p.find()) {
                    prefixes.add(p.group(1));
                }
            }
        }
        for (String prefix : prefixes) {
            Class<? extends Enum<?>> type = ENUMS.get(prefix);
            if (type != null) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    String key = prefix + constant.name();
                    if (!italian.contains(key) || !english.contains(key)) {
                        missing.computeIfAbsent(type.getSimpleName(), k -> new TreeSet<>()).add(key);
                    }
                }
            } else if (italian.stream().noneMatch(k -> k.startsWith(prefix))) {
                missing.computeIfAbsent("prefix", k -> new TreeSet<>()).add(prefix);
            }
        }
        assertTrue(found > 1000, "the pages' keys were found (" + found + ")");
        assertEquals(Map.of(), missing, "message keys named by pages but missing from a bundle");
    }

    @Test
    void everyKeyTheCodeNamesExistsInBothBundles() throws IOException {
        Set<String> italian = keys("it/sfide/i18n/messages.properties");
        Set<String> english = keys("it/sfide/i18n/messages_en.properties");
        Map<String, Set<String>> missing = new TreeMap<>();
        int found = 0;
        for (Path root : List.of(Path.of("../domain/src/main/java"), Path.of("../ejb/src/main/java"),
                Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher m = CODE_KEY.matcher(source);
                    while (m.find()) {
                        check(m.group(1), italian, english, missing, file.getFileName().toString());
                        found++;
                    }
                    Matcher a = AUDITED.matcher(source);
                    while (a.find()) {
                        if (!a.group(1).isEmpty()) {
                            check("auditAction." + a.group(1), italian, english, missing, "@Audited");
                        }
                        if (a.group(2) != null) {
                            check("auditTarget." + a.group(2), italian, english, missing, "@Audited");
                        }
                    }
                }
            }
        }
        assertTrue(found > 200, "the code's keys were found (" + found + ")");
        assertEquals(Map.of(), missing, "message keys named by the code but missing from a bundle");
    }

    private static void check(String key, Set<String> italian, Set<String> english, Map<String, Set<String>> missing,
            String where) {
        if (!italian.contains(key) || !english.contains(key)) {
            missing.computeIfAbsent(where, k -> new TreeSet<>()).add(key);
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = BundleKeysTest.class.getClassLoader().getResourceAsStream(resource);
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
