package it.sfide.reuse.control;

import it.sfide.reuse.control.PublicCodeRecord.Contractor;
import it.sfide.reuse.control.PublicCodeRecord.Description;
import it.sfide.reuse.control.PublicCodeRecord.Owner;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicCodeGeneratorTest {

    // ---- the realistic record ----

    @Test
    void theLombardyBridgeMonitorIsValidPubliccode04() {
        byte[] file = PublicCodeGenerator.utf8(PublicCodeSamples.bridges());

        assertEquals(List.of(), PublicCodeSchema.problems(file));
        JsonNode doc = PublicCodeSchema.read(file);
        assertEquals("0.4", doc.get("publiccodeYmlVersion").asString());
        assertEquals("Ponti Sicuri", doc.get("name").asString());
        assertEquals("https://github.com/regione-lombardia/ponti-sicuri.git", doc.get("url").asString());
        assertEquals("2025-03-14", doc.get("releaseDate").asString());
        assertEquals(List.of("Regione Lombardia", "Provincia di Brescia"), strings(doc.get("usedBy")));
        assertEquals("EUPL-1.2", doc.at("/legal/license").asString());
        assertEquals("contract", doc.at("/maintenance/type").asString());
        assertEquals("Nuvola Civica S.r.l.", doc.at("/maintenance/contractors/0/name").asString());
        assertEquals("2027-06-30", doc.at("/maintenance/contractors/0/until").asString());
        assertEquals("https://www.nuvolacivica.it", doc.at("/maintenance/contractors/0/website").asString());
        assertEquals("1.0", doc.at("/it/countryExtensionVersion").asString());
        assertEquals("r_lombar", doc.at("/it/riuso/codiceIPA").asString());
        assertEquals(PublicCodeSamples.LONG_IT, doc.at("/description/it/longDescription").asString());
        assertEquals(PublicCodeSamples.LONG_EN, doc.at("/description/en/longDescription").asString());
        assertTrue(doc.at("/localisation/localisationReady").isBoolean());
        assertEquals(List.of("it", "en"), strings(doc.at("/localisation/availableLanguages")));
    }

    @Test
    void aYaml11ReaderSeesTheSameStringsDatesIncluded() {
        Map<String, Object> doc = PublicCodeSchema.readAsYaml11(PublicCodeGenerator.utf8(PublicCodeSamples.bridges()));

        assertEquals("0.4", doc.get("publiccodeYmlVersion"), "a string, not the number 0.4");
        assertEquals("2025-03-14", doc.get("releaseDate"), "a string, not a timestamp");
        assertEquals("2.1.0", doc.get("softwareVersion"));
        assertEquals("2027-06-30", path(doc, "maintenance", "contractors", 0, "until"));
        assertEquals(Boolean.TRUE, path(doc, "localisation", "localisationReady"));
        assertEquals(PublicCodeSamples.LONG_IT, path(doc, "description", "it", "longDescription"));
    }

    @Test
    void theFileIsTheOneReviewedByteForByte() throws IOException {
        byte[] reviewed;
        try (InputStream in = getClass().getResourceAsStream("ponti-sicuri.publiccode.yml")) {
            reviewed = in.readAllBytes();
        }
        assertEquals(new String(reviewed, StandardCharsets.UTF_8),
                PublicCodeGenerator.yaml(PublicCodeSamples.bridges()));
        assertEquals(List.of(), PublicCodeSchema.problems(reviewed));
    }

    // ---- determinism and encoding ----

    @Test
    void theSameRecordGivesTheSameBytes() {
        byte[] first = PublicCodeGenerator.utf8(PublicCodeSamples.bridges());
        byte[] again = PublicCodeGenerator.utf8(PublicCodeSamples.bridges());
        assertArrayEquals(first, again);

        PublicCodeSamples.Draft changed = PublicCodeSamples.draft();
        changed.contractor = new Contractor("Nuvola Civica S.r.l.", "https://www.nuvolacivica.it",
                LocalDate.of(2027, 7, 1));
        assertNotEquals(new String(first, StandardCharsets.UTF_8), PublicCodeGenerator.yaml(changed.record()),
                "and a different record gives a different file");
    }

    @Test
    void isUtf8WithoutByteOrderMarkAndWithLineFeedsOnly() throws CharacterCodingException {
        byte[] file = PublicCodeGenerator.utf8(PublicCodeSamples.bridges());

        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(file)).toString();
        assertTrue(text.startsWith("publiccodeYmlVersion: \"0.4\"\n"));
        assertTrue(text.endsWith("\n"));
        assertFalse(text.contains("\r"));
        assertTrue(text.contains("È nato da un appalto"), "accented letters written as they are, not escaped");
        assertTrue(contains(file, "È".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void landingUrlSoftwareVersionAndCopyrightOwnersAreLeftOutWhenUnknown() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.landingUrl = null;
        draft.softwareVersion = " ";
        draft.mainCopyrightOwner = null;
        draft.repoOwner = null;
        draft.adopters = List.of();
        draft.contractor = new Contractor("Nuvola Civica S.r.l.", null, LocalDate.of(2027, 6, 30));

        byte[] file = PublicCodeGenerator.utf8(draft.record());

        assertEquals(List.of(), PublicCodeSchema.problems(file));
        JsonNode doc = PublicCodeSchema.read(file);
        assertFalse(doc.has("landingURL"));
        assertFalse(doc.has("softwareVersion"));
        assertFalse(doc.get("legal").has("mainCopyrightOwner"));
        assertFalse(doc.get("legal").has("repoOwner"));
        assertFalse(doc.at("/maintenance/contractors/0").has("website"));
        assertEquals(List.of("Regione Lombardia"), strings(doc.get("usedBy")));
    }

    @Test
    void anAdopterThatIsTheOwnerIsListedOnce() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.adopters = List.of("Provincia di Brescia", "Regione Lombardia", "Comune di Bergamo");

        JsonNode doc = PublicCodeSchema.read(PublicCodeGenerator.utf8(draft.record()));

        assertEquals(List.of("Regione Lombardia", "Provincia di Brescia", "Comune di Bergamo"),
                strings(doc.get("usedBy")));
    }

    // ---- hostile values ----

    /** Values that a naive writer would turn into something else, or into broken YAML. */
    static Stream<String> hostileValues() {
        return Stream.of("Comune di \"Test\": sezione #1", "key: value", "a: b # not a comment", "- a dash",
                "yes", "no", "on", "off", "y", "true", "null", "~", "1.0", "0.4", "0x1F", "0o17", "1e3", ".inf",
                "2025-01-01", "12:30:00", "'single quotes'", "@at", "`backtick`", "%percent", "&anchor", "*alias",
                "!tag", "!!str", "|pipe", ">folded", "{braces}", "[brackets]", ",comma", "? question", "---",
                "...", "#hash", "C:\\path\\to", "trailing backslash \\", "Città di Forlì – 5 € per km²",
                "Ponte 🌉 cantiere 🚧", "sviluppatrice 👩‍💻 con ZWJ", "e\u0301 combinante",
                "Regione\u00A0Lombardia (spazio non separabile)", "北京市政府", "بلدية", "Ünïcödé ß",
                "<script>alert(1)</script>", "${jndi:ldap://x}", "{{template}}", "%{interpolation}");
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void aHostileValueStaysTheSameStringForYaml12And11Readers(String hostile) {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.name = hostile;
        draft.softwareVersion = hostile;
        draft.owner = new Owner(hostile, "r_lombar");
        draft.contractor = new Contractor(hostile, null, LocalDate.of(2027, 6, 30));
        draft.mainCopyrightOwner = hostile;
        draft.repoOwner = hostile + " (repo)";
        draft.platforms = List.of(hostile);
        draft.italian = new Description(hostile, hostile, PublicCodeSamples.LONG_IT + "\n\n" + hostile,
                List.of(hostile, "altro"));
        draft.adopters = List.of(hostile + " bis");
        PublicCodeRecord record = draft.record();

        byte[] file = PublicCodeGenerator.utf8(record);

        assertEquals(List.of(), PublicCodeSchema.problems(file));
        JsonNode doc = PublicCodeSchema.read(file);
        assertEquals(hostile, doc.get("name").asString());
        assertEquals(hostile, doc.get("softwareVersion").asString());
        assertEquals(List.of(hostile, hostile + " bis"), strings(doc.get("usedBy")));
        assertEquals(hostile, doc.at("/maintenance/contractors/0/name").asString());
        assertEquals(hostile, doc.at("/legal/mainCopyrightOwner").asString());
        assertEquals(hostile + " (repo)", doc.at("/legal/repoOwner").asString());
        assertEquals(List.of(hostile), strings(doc.get("platforms")));
        assertEquals(hostile, doc.at("/description/it/localisedName").asString());
        assertEquals(hostile, doc.at("/description/it/shortDescription").asString());
        assertEquals(record.italian().longDescription(), doc.at("/description/it/longDescription").asString());
        assertEquals(List.of(hostile, "altro"), strings(doc.at("/description/it/features")));

        Map<String, Object> yaml11 = PublicCodeSchema.readAsYaml11(file);
        assertEquals(hostile, assertInstanceOf(String.class, yaml11.get("name")));
        assertEquals(hostile, assertInstanceOf(String.class, yaml11.get("softwareVersion")));
        assertEquals(hostile, path(yaml11, "maintenance", "contractors", 0, "name"));
        assertEquals(hostile, path(yaml11, "description", "it", "shortDescription"));
        assertEquals(List.of(hostile), yaml11.get("platforms"));
        assertEquals(List.of(hostile, "altro"), path(yaml11, "description", "it", "features"));
        assertEquals(record.italian().longDescription(), path(yaml11, "description", "it", "longDescription"));
    }

    @Test
    void aLongDescriptionInMarkdownIsAReadableLiteralBlockThatReadsBackTheSame() {
        String markdown = """
                # Ponti Sicuri: "monitoraggio"

                Funzioni principali:
                - **allarmi** sulle soglie
                  - anche via SMS: 'sì'
                \s\s\s
                * [documentazione](https://example.org/docs#ponti)
                key: value # not a comment
                ---
                ...
                Riga con spazi finali  \s
                   rientro di tre spazi
                \\ barra rovesciata e ultima riga con emoji 🌉""";
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.italian = new Description(null, "Breve.", markdown, List.of("Una funzione"));
        PublicCodeRecord record = draft.record();

        String text = PublicCodeGenerator.yaml(record);

        assertTrue(text.contains("    longDescription: |-\n      # Ponti Sicuri: \"monitoraggio\"\n\n"), text);
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), PublicCodeSchema.problems(file));
        assertEquals(markdown, PublicCodeSchema.read(file).at("/description/it/longDescription").asString());
        assertEquals(markdown, path(PublicCodeSchema.readAsYaml11(file), "description", "it", "longDescription"));
    }

    @Test
    void aLongDescriptionWithTabsIsDoubleQuotedAndReadsBackTheSame() {
        String tabbed = PublicCodeSamples.LONG_IT + "\n\nTabella:\tcolonna 1\tcolonna 2\n\tfine";
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.italian = new Description(null, "Breve.", tabbed, List.of("Una funzione"));

        String text = PublicCodeGenerator.yaml(draft.record());

        assertTrue(text.contains("    longDescription: \"Ponti Sicuri raccoglie"), text);
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), PublicCodeSchema.problems(file));
        assertEquals(tabbed, PublicCodeSchema.read(file).at("/description/it/longDescription").asString());
        assertEquals(tabbed, path(PublicCodeSchema.readAsYaml11(file), "description", "it", "longDescription"));
    }

    @Test
    void windowsLineEndingsFromAFormBecomeLineFeeds() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.italian = new Description(null, "Breve.", PublicCodeSamples.LONG_IT.replace("\n", "\r\n"),
                List.of("Una funzione"));

        String text = PublicCodeGenerator.yaml(draft.record());

        assertFalse(text.contains("\r"));
        assertEquals(PublicCodeSamples.LONG_IT,
                PublicCodeSchema.read(text.getBytes(StandardCharsets.UTF_8)).at("/description/it/longDescription")
                        .asString());
    }

    // ---- lengths: Unicode characters, as the standard's parser counts them ----

    @Test
    void aShortDescriptionOf150EmojiIsAcceptedAndValid() {
        String emoji150 = "🌉".repeat(150);
        assertEquals(300, emoji150.length(), "300 UTF-16 units");
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.english = new Description(null, emoji150, PublicCodeSamples.LONG_EN, List.of("A feature"));

        byte[] file = PublicCodeGenerator.utf8(draft.record());

        assertEquals(List.of(), PublicCodeSchema.problems(file), "the schema validator counts code points too");
        assertEquals(emoji150, PublicCodeSchema.read(file).at("/description/en/shortDescription").asString());
    }

    @Test
    void longDescriptionsAtBothLimitsAreValid() {
        String shortest = "è".repeat(PublicCodeRecord.LONG_DESCRIPTION_MIN);
        String lines = "Riga di testo con un ponte 🌉 e un'àccentata.\n"
                .repeat(PublicCodeRecord.LONG_DESCRIPTION_MAX / 40);
        String longest = lines.substring(0, lines.offsetByCodePoints(0, PublicCodeRecord.LONG_DESCRIPTION_MAX - 1))
                .strip();
        longest = longest + ".".repeat(PublicCodeRecord.LONG_DESCRIPTION_MAX - PublicCodeRecord.length(longest));
        assertEquals(PublicCodeRecord.LONG_DESCRIPTION_MAX, PublicCodeRecord.length(longest));
        assertTrue(longest.length() > PublicCodeRecord.LONG_DESCRIPTION_MAX, "more UTF-16 units than characters");

        for (String text : List.of(shortest, longest)) {
            PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
            draft.italian = new Description(null, "Breve.", text, List.of("Una funzione"));
            byte[] file = PublicCodeGenerator.utf8(draft.record());
            assertEquals(List.of(), PublicCodeSchema.problems(file));
            assertEquals(text, PublicCodeSchema.read(file).at("/description/it/longDescription").asString());
        }
    }

    /**
     * An emoji (two UTF-16 units) at every position around the readers' 1024-character windows, in a literal block
     * and in a double-quoted string: some releases of SnakeYAML and snakeyaml-engine broke exactly there.
     */
    @Test
    void anEmojiAcrossAReadersBufferBoundaryReadsBack() {
        for (int pad = 0; pad < 1100; pad++) {
            String text = "a".repeat(pad) + "🌉 " + "b".repeat(200);
            String tabbed = text + "\tcon tab";
            for (String longDescription : List.of(text + "\nsecond line", tabbed)) {
                PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
                draft.italian = new Description(null, "Breve.", longDescription, List.of("Una funzione"));
                byte[] file = PublicCodeGenerator.utf8(draft.record());
                assertEquals(longDescription,
                        PublicCodeSchema.read(file).at("/description/it/longDescription").asString(), "pad " + pad);
                assertEquals(longDescription,
                        path(PublicCodeSchema.readAsYaml11(file), "description", "it", "longDescription"),
                        "pad " + pad);
            }
        }
    }

    @Test
    void veryLongNamesAndManyLongFeaturesStillMakeAValidFile() {
        String longName = "Sistema regionale integrato: ".repeat(40) + "fine";
        List<String> features = IntStream.range(0, 60)
                .mapToObj(i -> "Funzione " + i + ": " + "descrizione \"lunga\" # con simboli; ".repeat(15))
                .map(String::strip).toList();
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.name = longName;
        draft.italian = new Description(longName, "Breve.", PublicCodeSamples.LONG_IT, features);

        byte[] file = PublicCodeGenerator.utf8(draft.record());

        assertEquals(List.of(), PublicCodeSchema.problems(file));
        JsonNode doc = PublicCodeSchema.read(file);
        assertEquals(longName, doc.get("name").asString());
        assertEquals(features, strings(doc.at("/description/it/features")));
        assertEquals(features, path(PublicCodeSchema.readAsYaml11(file), "description", "it", "features"));
    }

    // ---- refusals ----

    @Test
    void refusesToWriteAnInvalidRecordNamingEveryProblem() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.repositoryUrl = "git@github.com:regione-lombardia/ponti-sicuri.git";
        draft.licence = "Proprietaria";
        draft.italian = new Description(null, "x".repeat(151), PublicCodeSamples.LONG_IT, List.of("Una"));

        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> PublicCodeGenerator.yaml(draft.record()));

        assertEquals(List.of("repositoryUrl", "licence", "italian.shortDescription"),
                failure.problems().stream().map(SfideException::field).toList());
    }

    // ---- the schema checks what it claims to ----

    static Stream<Consumer<ObjectNode>> breakages() {
        return Stream.of(
                doc -> doc.remove("name"),
                doc -> doc.put("name", 1.0),
                doc -> doc.put("publiccodeYmlVersion", "0.3"),
                doc -> doc.put("landingUrl", "https://example.org"),
                doc -> doc.put("releaseDate", "14/03/2025"),
                doc -> doc.put("developmentStatus", "production"),
                doc -> doc.put("softwareType", "standalone"),
                doc -> doc.putArray("categories").add("bridges"),
                doc -> doc.putArray("platforms"),
                doc -> ((ObjectNode) doc.at("/description/it")).put("shortDescription", "x".repeat(151)),
                doc -> ((ObjectNode) doc.at("/description/it")).put("longDescription", "x".repeat(149)),
                doc -> ((ObjectNode) doc.at("/description/it")).remove("features"),
                doc -> ((ObjectNode) doc.get("description")).set("italiano", doc.at("/description/it")),
                doc -> ((ObjectNode) doc.get("legal")).remove("license"),
                doc -> ((ObjectNode) doc.get("maintenance")).remove("contractors"),
                doc -> ((ObjectNode) doc.get("maintenance")).put("type", "internal"),
                doc -> ((ObjectNode) doc.at("/maintenance/contractors/0")).put("until", "2027-13-01"),
                doc -> ((ObjectNode) doc.at("/maintenance/contractors/0")).put("website", "www.example.org"),
                doc -> ((ObjectNode) doc.get("localisation")).put("localisationReady", "yes"),
                doc -> ((ObjectNode) doc.get("it")).put("countryExtensionVersion", "0.2"),
                doc -> ((ObjectNode) doc.at("/it/riuso")).put("codiceIPA", "r-lombar"));
    }

    @ParameterizedTest
    @MethodSource("breakages")
    void theSchemaRefusesWhatTheStandardRefuses(Consumer<ObjectNode> breakage) {
        ObjectNode doc = (ObjectNode) PublicCodeSchema.read(PublicCodeGenerator.utf8(PublicCodeSamples.bridges()));
        breakage.accept(doc);

        assertFalse(PublicCodeSchema.problems(doc).isEmpty(), doc.toString());
    }

    // ---- helpers ----

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> doc, Object... steps) {
        Object at = doc;
        for (Object step : steps) {
            at = step instanceof Integer i ? ((List<Object>) at).get(i) : ((Map<String, Object>) at).get(step);
        }
        return at;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
