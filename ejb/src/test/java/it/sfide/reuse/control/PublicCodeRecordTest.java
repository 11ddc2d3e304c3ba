package it.sfide.reuse.control;

import it.sfide.reuse.control.PublicCodeRecord.Contractor;
import it.sfide.reuse.control.PublicCodeRecord.Description;
import it.sfide.reuse.control.PublicCodeRecord.Owner;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PublicCodeRecordTest {

    private static final String LONG = PublicCodeSamples.LONG_IT;

    /** The single problem a change to the sample record causes, as "field key [arguments]". */
    private static String onlyProblem(Consumer<PublicCodeSamples.Draft> change) {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        change.accept(draft);
        List<String> problems = described(draft.record().problems());
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static List<String> described(List<SfideException> problems) {
        return problems.stream().map(p -> p.field() + " " + p.messageKey()
                + (p.arguments().length == 0 ? "" : " " + Arrays.toString(p.arguments()))).toList();
    }

    @Test
    void theSampleHasNoProblem() {
        PublicCodeRecord record = PublicCodeSamples.bridges();
        assertEquals(List.of(), record.problems());
        assertSame(record, record.requireValid());
    }

    // ---- names and single-line texts ----

    @Test
    void refusesAMissingName() {
        assertEquals("name error.required", onlyProblem(d -> d.name = null));
        assertEquals("name error.required", onlyProblem(d -> d.name = " \t\n "));
    }

    @Test
    void refusesANameOnTwoLines() {
        assertEquals("name publiccode.error.singleLine", onlyProblem(d -> d.name = "Ponti\nSicuri"));
        assertEquals("name publiccode.error.singleLine", onlyProblem(d -> d.name = "Ponti\r\nSicuri"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ponti\u0000Sicuri", "Ponti\u0007", "Ponti\tSicuri", "Ponti\u007FSicuri",
            "Ponti\u0085Sicuri", "Ponti\u2028Sicuri", "Ponti\u2029Sicuri", "\uFEFFPonti", "Ponti\uD83C",
            "Ponti\uDF09Sicuri", "Ponti\uFFFE"})
    void refusesControlCharactersSeparatorsAndBrokenSurrogatesInAName(String name) {
        assertEquals("name publiccode.error.characters", onlyProblem(d -> d.name = name));
    }

    @Test
    void refusesAMultiLineSoftwareVersionAndCopyrightOwners() {
        assertEquals("softwareVersion publiccode.error.singleLine", onlyProblem(d -> d.softwareVersion = "1\n2"));
        assertEquals("mainCopyrightOwner publiccode.error.singleLine",
                onlyProblem(d -> d.mainCopyrightOwner = "A\nB"));
        assertEquals("repoOwner publiccode.error.characters", onlyProblem(d -> d.repoOwner = "A\u0001"));
    }

    // ---- addresses ----

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/ponti.git", "git@github.com:regione-lombardia/ponti-sicuri.git",
            "github.com/regione-lombardia/ponti-sicuri", "https://", "https:///path", "javascript:alert(1)",
            "file:///etc/passwd", "https://user:secret@example.org/repo.git", "https://exa mple.org/",
            "https://example.org/città", "mailto:info@example.org", "/relative/path"})
    void refusesARepositoryUrlThatIsNotAWebAddress(String url) {
        assertEquals("repositoryUrl publiccode.error.url", onlyProblem(d -> d.repositoryUrl = url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/regione-lombardia/ponti-sicuri.git", "http://git.example.org:8080/x",
            "HTTPS://EXAMPLE.ORG/ponti", "https://example.org/path?query=1#fragment",
            "https://xn--citt-5qa.example.org/"})
    void acceptsHttpAndHttpsAddresses(String url) {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.repositoryUrl = url;
        assertEquals(List.of(), draft.record().problems());
    }

    @Test
    void refusesALandingPageOrContractorWebsiteThatIsNotAWebAddress() {
        assertEquals("landingUrl publiccode.error.url", onlyProblem(d -> d.landingUrl = "www.example.org"));
        assertEquals("contractor.website publiccode.error.url", onlyProblem(d -> d.contractor =
                new Contractor("Nuvola Civica S.r.l.", "nuvolacivica.it", LocalDate.of(2027, 6, 30))));
    }

    @Test
    void aBlankOptionalAddressIsLeftOutNotRefused() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.landingUrl = "   ";
        PublicCodeRecord record = draft.record();
        assertNull(record.landingUrl());
        assertEquals(List.of(), record.problems());
    }

    @Test
    void refusesAMissingRepositoryUrl() {
        assertEquals("repositoryUrl error.required", onlyProblem(d -> d.repositoryUrl = ""));
    }

    // ---- licence ----

    @ParameterizedTest
    @ValueSource(strings = {"EUPL 1.2", "eupl-1.2", "Proprietaria", "GPL-3.0", "AGPL-3.0", "CC-BY-NC-4.0",
            "CC0-1.0", "MIT OR", "OR MIT", "MIT or Apache-2.0", "MIT  OR Apache-2.0", "(MIT OR Apache-2.0)",
            "GPL-2.0-or-later WITH Classpath-exception-2.0", "MIT,Apache-2.0", "MIT/Apache-2.0"})
    void refusesALicenceThatIsNotAnOsiApprovedSpdxExpression(String licence) {
        assertEquals("licence publiccode.error.licence", onlyProblem(d -> d.licence = licence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUPL-1.2", "AGPL-3.0-or-later", "Apache-2.0", "MIT OR Apache-2.0",
            "EUPL-1.2 AND MIT"})
    void acceptsOsiApprovedSpdxExpressions(String licence) {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.licence = licence;
        assertEquals(List.of(), draft.record().problems());
    }

    @Test
    void refusesAMissingLicence() {
        assertEquals("licence error.required", onlyProblem(d -> d.licence = null));
    }

    // ---- owner and contractor ----

    @ParameterizedTest
    @ValueSource(strings = {"r lombar", "r-lombar", "r.lombar", "rlombàr", "codice_ipa_troppo_lungo_per_essere_vero"})
    void refusesAnIpaCodeThatCannotBeOne(String code) {
        assertEquals("owner.ipaCode publiccode.error.ipaCode",
                onlyProblem(d -> d.owner = new Owner("Regione Lombardia", code)));
    }

    @Test
    void refusesAMissingOwner() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.owner = null;
        assertEquals(List.of("owner.name error.required", "owner.ipaCode error.required"),
                described(draft.record().problems()));
        assertEquals("owner.ipaCode error.required", onlyProblem(d -> d.owner = new Owner("Regione Lombardia", "")));
    }

    @Test
    void refusesAContractWithoutAContractorOrAnEnd() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.contractor = null;
        assertEquals(List.of("contractor.name error.required", "contractor.until error.required"),
                described(draft.record().problems()));
        assertEquals("contractor.until error.required", onlyProblem(d -> d.contractor =
                new Contractor("Nuvola Civica S.r.l.", null, null)));
        assertEquals("contractor.name error.required", onlyProblem(d -> d.contractor =
                new Contractor(" ", null, LocalDate.of(2027, 6, 30))));
    }

    @Test
    void refusesMissingDatesAndKinds() {
        assertEquals("releaseDate error.required", onlyProblem(d -> d.releaseDate = null));
        assertEquals("developmentStatus error.required", onlyProblem(d -> d.developmentStatus = null));
        assertEquals("softwareType error.required", onlyProblem(d -> d.softwareType = null));
    }

    // ---- lists ----

    @Test
    void refusesACategoryOutsideTheStandardsList() {
        assertEquals("categories[1] publiccode.error.category [bridges]",
                onlyProblem(d -> d.categories = List.of("data-analytics", "bridges")));
        assertEquals("categories[0] publiccode.error.category [Data-Analytics]",
                onlyProblem(d -> d.categories = List.of("Data-Analytics")));
    }

    @Test
    void refusesNoCategoryAndTheSameCategoryTwice() {
        assertEquals("categories error.required", onlyProblem(d -> d.categories = List.of()));
        assertEquals("categories error.required", onlyProblem(d -> d.categories = null));
        assertEquals("categories[1] publiccode.error.duplicate [data-analytics]",
                onlyProblem(d -> d.categories = List.of("data-analytics", "data-analytics")));
    }

    @Test
    void refusesNoPlatformAndABlankOne() {
        assertEquals("platforms error.required", onlyProblem(d -> d.platforms = List.of()));
        assertEquals("platforms[1] error.required", onlyProblem(d -> d.platforms = Arrays.asList("web", null)));
        assertEquals("platforms[1] error.required", onlyProblem(d -> d.platforms = List.of("web", "  ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"italiano", "123", "i", "it_IT", "x-private", "und", "en--US"})
    void refusesALanguageThatIsNotABcp47Tag(String tag) {
        assertEquals("availableLanguages[1] publiccode.error.language [" + tag + "]",
                onlyProblem(d -> d.availableLanguages = List.of("it", tag)));
    }

    @Test
    void acceptsBcp47TagsWithRegionsAndVariants() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.availableLanguages = List.of("it", "en-GB", "de-AT", "sl-IT-nedis", "fur");
        assertEquals(List.of(), draft.record().problems());
    }

    @Test
    void refusesNoLanguage() {
        assertEquals("availableLanguages error.required", onlyProblem(d -> d.availableLanguages = List.of()));
    }

    // ---- descriptions ----

    @Test
    void refusesAShortDescriptionOver150Characters() {
        assertEquals("italian.shortDescription error.tooLong [150]", onlyProblem(d -> d.italian =
                new Description(null, "è".repeat(151), LONG, List.of("Una"))));
        assertEquals("english.shortDescription error.tooLong [150]", onlyProblem(d -> d.english =
                new Description(null, "🌉".repeat(151), LONG, List.of("One"))));
    }

    @Test
    void refusesAShortDescriptionOnTwoLines() {
        assertEquals("italian.shortDescription publiccode.error.singleLine", onlyProblem(d -> d.italian =
                new Description(null, "Prima riga.\nSeconda riga.", LONG, List.of("Una"))));
    }

    @Test
    void refusesALongDescriptionUnder150OrOver10000Characters() {
        assertEquals("italian.longDescription publiccode.error.tooShort [150]", onlyProblem(d -> d.italian =
                new Description(null, "Breve.", "x".repeat(149), List.of("Una"))));
        assertEquals("italian.longDescription publiccode.error.tooShort [150]", onlyProblem(d -> d.italian =
                new Description(null, "Breve.", "  " + "x".repeat(149) + "\n\n  ", List.of("Una"))));
        assertEquals("italian.longDescription error.tooLong [10000]", onlyProblem(d -> d.italian =
                new Description(null, "Breve.", "x".repeat(10_001), List.of("Una"))));
    }

    @Test
    void refusesALongDescriptionWithControlCharacters() {
        assertEquals("english.longDescription publiccode.error.characters", onlyProblem(d -> d.english =
                new Description(null, "Short.", LONG + "\u0000", List.of("One"))));
    }

    @Test
    void refusesAMissingDescriptionOrFeature() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.english = null;
        assertEquals(List.of("english.shortDescription error.required", "english.longDescription error.required",
                "english.features error.required"), described(draft.record().problems()));
        assertEquals("italian.features error.required", onlyProblem(d -> d.italian =
                new Description(null, "Breve.", LONG, List.of())));
        assertEquals("italian.features[1] error.required", onlyProblem(d -> d.italian =
                new Description(null, "Breve.", LONG, List.of("Una", ""))));
        assertEquals("italian.features[0] publiccode.error.singleLine", onlyProblem(d -> d.italian =
                new Description(null, "Breve.", LONG, List.of("Una\ndue"))));
        assertEquals("italian.features[1] publiccode.error.duplicate [Una]", onlyProblem(d -> d.italian =
                new Description(null, "Breve.", LONG, List.of("Una", "Una "))));
    }

    // ---- all at once ----

    @Test
    void namesEveryProblemAtOnceAsA422() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.name = null;
        draft.repositoryUrl = "ftp://x";
        draft.licence = "Proprietaria";
        draft.categories = List.of("bridges");
        draft.owner = new Owner("Regione Lombardia", "r-lombar");
        draft.italian = new Description(null, "x".repeat(151), "breve", List.of("Una"));

        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> draft.record().requireValid());

        assertEquals(ErrorKind.INVALID, failure.kind());
        assertEquals(List.of("name error.required", "repositoryUrl publiccode.error.url",
                        "owner.ipaCode publiccode.error.ipaCode", "licence publiccode.error.licence",
                        "categories[0] publiccode.error.category [bridges]",
                        "italian.shortDescription error.tooLong [150]",
                        "italian.longDescription publiccode.error.tooShort [150]"),
                described(failure.problems()));
    }

    // ---- tidying ----

    @Test
    void tidiesTextsAsAFormSendsThem() {
        PublicCodeSamples.Draft draft = PublicCodeSamples.draft();
        draft.name = "  Ponti Sicuri \t";
        draft.italian = new Description("", " Breve. ", "\r\n" + LONG.replace("\n", "\r\n") + "\r\n\r\n",
                Arrays.asList(" Una ", null));
        PublicCodeRecord record = draft.record();

        assertEquals("Ponti Sicuri", record.name());
        assertNull(record.italian().localisedName());
        assertEquals("Breve.", record.italian().shortDescription());
        assertEquals(LONG, record.italian().longDescription());
        assertEquals(Arrays.asList("Una", null), record.italian().features());
        assertEquals(List.of("italian.features[1] error.required"), described(record.problems()));
        assertEquals(List.of(), new PublicCodeRecord(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, false, null).adopters());
    }

    @Test
    void equalContentMakesEqualRecords() {
        assertEquals(PublicCodeSamples.bridges(), PublicCodeSamples.bridges());
        assertEquals(PublicCodeSamples.bridges().hashCode(), PublicCodeSamples.bridges().hashCode());
    }
}
