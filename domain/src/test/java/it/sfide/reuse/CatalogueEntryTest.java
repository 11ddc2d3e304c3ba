package it.sfide.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.sfide.identity.ItalianRegion;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueEntryTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final long LOMBARDIA = 1;
    private static final long MILANO = 2;

    static final String LONG_IT = "Ponti Sicuri raccoglie in tempo reale i dati dei sensori installati sui ponti "
            + "della rete stradale e li confronta con le soglie fissate dagli ingegneri strutturisti.\r\n\r\n"
            + "Quando una misura esce dall'intervallo atteso, il sistema avvisa il gestore della strada.";
    static final String LONG_EN = "Ponti Sicuri collects real-time readings from the sensors installed on the bridges "
            + "of the road network and compares them with the thresholds set by structural engineers.\n\nWhen a "
            + "reading leaves its expected range, the system alerts the road operator.";

    static EntryDetails details() {
        return details("https://github.com/regione-lombardia/ponti-sicuri", "EUPL-1.2", List.of("data-analytics"));
    }

    static EntryDetails details(String repository, String licence, List<String> categories) {
        return new EntryDetails(" Ponti Sicuri ", repository, null, licence, "standalone/web", "stable", categories,
                List.of("web", " ", "android"), List.of("it", "en"), "1.0.0", LocalDate.of(2027, 2, 20),
                LocalDate.of(2028, 2, 19), true,
                new EntryDetails.Description("Monitoraggio strutturale dei ponti con sensori.", LONG_IT,
                        List.of("Letture in tempo reale", "Allarmi sulle soglie")),
                new EntryDetails.Description("Structural monitoring of bridges with sensors.", LONG_EN,
                        List.of("Real-time readings", "Threshold alerts")));
    }

    static CatalogueEntry entry() {
        CatalogueEntry e = new CatalogueEntry(10, 20, LOMBARDIA, 30, ItalianRegion.LOMBARDIA,
                List.of("mobility", "smart-city"), details(), 7, NOW);
        setId(e, 99L);
        return e;
    }

    @Test
    void detailsAreTidiedAndAnEntryKeepsThem() {
        CatalogueEntry e = entry();
        assertEquals("Ponti Sicuri", e.getName());
        assertEquals(List.of("web", "android"), e.getPlatforms(), "blank items dropped");
        assertEquals(List.of("it", "en"), e.getLanguages());
        assertEquals(List.of("mobility", "smart-city"), e.getThemes());
        assertTrue(e.getLongIt().contains("strutturisti.\n\nQuando"), "line breaks as line feeds");
        assertEquals(List.of("Letture in tempo reale", "Allarmi sulle soglie"), e.getFeaturesIt());
        assertTrue(e.isOwnedBy(LOMBARDIA));
        assertFalse(e.isOwnedBy(MILANO));
        assertFalse(e.isOwnedBy(null));
        assertEquals(NOW, e.getPublishedAt());
        assertTrue(e.searchTerms("Regione Lombardia").containsAll(List.of("regione", "ponti", "sensori", "bridges",
                "soglie")));
    }

    @Test
    void everyProblemOfTheDetailsIsNamedOnItsField() {
        ValidationFailure f = assertThrows(ValidationFailure.class, () -> new EntryDetails("Ponti\nSicuri",
                "http://github.com/x", "ftp://example.org", "GPL-3.0", "desktop", "finished",
                List.of("data-analytics", "bridges"), List.of(), List.of("italiano"), null, null, null, false,
                new EntryDetails.Description(null, "Troppo breve.", List.of()),
                new EntryDetails.Description("x".repeat(151), "y".repeat(150), List.of("a", "a"))));
        Map<String, String> problems = f.problems().stream()
                .collect(Collectors.toMap(SfideException::field, SfideException::messageKey));
        assertEquals("publiccode.error.singleLine", problems.get("name"));
        assertEquals("reuse.error.https", problems.get("repositoryUrl"));
        assertEquals("reuse.error.https", problems.get("landingUrl"));
        assertEquals("publiccode.error.licence", problems.get("licence"), "deprecated SPDX identifier");
        assertEquals("reuse.error.softwareType", problems.get("softwareType"));
        assertEquals("reuse.error.developmentStatus", problems.get("developmentStatus"));
        assertEquals("publiccode.error.category", problems.get("categories"));
        assertEquals("error.required", problems.get("platforms"));
        assertEquals("publiccode.error.language", problems.get("availableLanguages"));
        assertEquals("error.required", problems.get("releaseDate"));
        assertEquals("error.required", problems.get("maintenanceUntil"));
        assertEquals("error.required", problems.get("italian.shortDescription"));
        assertEquals("publiccode.error.tooShort", problems.get("italian.longDescription"));
        assertEquals("error.required", problems.get("italian.features"));
        assertEquals("error.tooLong", problems.get("english.shortDescription"));
        assertEquals("publiccode.error.duplicate", problems.get("english.features"));
        assertFalse(problems.containsKey("english.longDescription"), "150 characters is enough");
        assertFalse(problems.containsKey("softwareVersion"), "optional");
    }

    @Test
    void lengthsAreCountedInCharactersAsTheStandardCountsThem() {
        String emoji = "\uD83C\uDF09";
        EntryDetails d = details();
        EntryDetails withEmoji = new EntryDetails(d.name(), d.repositoryUrl(), d.landingUrl(), d.licence(),
                d.softwareType(), d.developmentStatus(), d.categories(), d.platforms(), d.availableLanguages(),
                d.softwareVersion(), d.releaseDate(), d.maintenanceUntil(), true,
                new EntryDetails.Description(emoji.repeat(150), d.italian().longDescription(), d.italian().features()),
                d.english());
        assertEquals(300, withEmoji.italian().shortDescription().length(), "300 UTF-16 units, 150 characters");
        assertThrows(ValidationFailure.class, () -> new EntryDetails(d.name(), d.repositoryUrl(), null, d.licence(),
                d.softwareType(), d.developmentStatus(), d.categories(), d.platforms(), d.availableLanguages(), null,
                d.releaseDate(), d.maintenanceUntil(), true, new EntryDetails.Description(emoji.repeat(151),
                        d.italian().longDescription(), d.italian().features()), d.english()));
    }

    @Test
    void onlyHttpsAddressesOfAHostAreAccepted() {
        assertTrue(EntryDetails.isHttpsAddress("https://gitlab.com/comune/app"));
        assertFalse(EntryDetails.isHttpsAddress("http://gitlab.com/comune/app"));
        assertFalse(EntryDetails.isHttpsAddress("https://user:secret@gitlab.com/app"));
        assertFalse(EntryDetails.isHttpsAddress("https:///path"));
        assertFalse(EntryDetails.isHttpsAddress("https://gitlab.com/a b"));
        assertFalse(EntryDetails.isHttpsAddress("javascript:alert(1)"));
        assertFalse(EntryDetails.isHttpsAddress(null));
    }

    @Test
    void aLongListOrALongItemIsRefused() {
        List<String> eleven = new ArrayList<>(Collections.nCopies(1, "web"));
        for (int i = 0; i < 10; i++) {
            eleven.add("platform" + i);
        }
        ValidationFailure f = assertThrows(ValidationFailure.class, () -> details2(eleven));
        assertEquals("reuse.error.tooMany", f.problems().get(0).messageKey());
        ValidationFailure g = assertThrows(ValidationFailure.class, () -> details2(List.of("p".repeat(41))));
        assertEquals("reuse.error.itemTooLong", g.problems().get(0).messageKey());
    }

    private static EntryDetails details2(List<String> platforms) {
        EntryDetails d = details();
        return new EntryDetails(d.name(), d.repositoryUrl(), null, d.licence(), d.softwareType(),
                d.developmentStatus(), d.categories(), platforms, d.availableLanguages(), null, d.releaseDate(),
                d.maintenanceUntil(), false, d.italian(), d.english());
    }

    @Test
    void anEditReplacesTheDetailsAndKeepsWhoPublished() {
        CatalogueEntry e = entry();
        e.edit(details("https://gitlab.com/lombardia/ponti", "MIT OR Apache-2.0",
                List.of("data-collection", "data-analytics")), 8, NOW.plusSeconds(60));
        assertEquals("https://gitlab.com/lombardia/ponti", e.getRepositoryUrl());
        assertEquals("MIT OR Apache-2.0", e.getLicence());
        assertEquals(List.of("data-collection", "data-analytics"), e.getCategories());
        assertEquals(7, e.getPublishedBy());
        assertEquals(8, e.getUpdatedBy());
        assertEquals(NOW.plusSeconds(60), e.getUpdatedAt());
    }

    @Test
    void anotherBodyDeclaresInterestWithAMessageTheOwnerCannot() {
        CatalogueEntry e = entry();
        Interest i = new Interest(e, MILANO, 5, "  Vorremmo usarlo per i ponti della città metropolitana. ", NOW);
        assertEquals("Vorremmo usarlo per i ponti della città metropolitana.", i.getMessage());
        assertEquals(99L, i.getEntryId());
        ValidationFailure blank = assertThrows(ValidationFailure.class, () -> new Interest(e, MILANO, 5, " ", NOW));
        assertEquals("message", blank.problems().get(0).field());
        assertThrows(ValidationFailure.class, () -> new Interest(e, MILANO, 5, "x".repeat(2001), NOW));
        SfideException own = assertThrows(SfideException.class, () -> new Interest(e, LOMBARDIA, 4, "Nostro", NOW));
        assertEquals(ErrorKind.CONFLICT, own.kind());
        assertEquals("reuse.error.ownBody", own.messageKey());
    }

    @Test
    void anotherBodyRecordsAnAdoptionSinceADayNotInTheFuture() {
        CatalogueEntry e = entry();
        Adoption a = new Adoption(e, MILANO, 5, TODAY.minusDays(10), " Area Mobilità, ponti comunali ",
                " https://ponti.comune.milano.it ", TODAY, NOW);
        assertEquals("Area Mobilità, ponti comunali", a.getWhereInUse());
        assertEquals("https://ponti.comune.milano.it", a.getUrl());
        assertNull(new Adoption(e, MILANO, 5, TODAY, "Area Mobilità", " ", TODAY, NOW).getUrl());
        ValidationFailure f = assertThrows(ValidationFailure.class, () -> new Adoption(e, MILANO, 5,
                TODAY.plusDays(1), "", "http://ponti.comune.milano.it", TODAY, NOW));
        Map<String, String> problems = f.problems().stream()
                .collect(Collectors.toMap(SfideException::field, SfideException::messageKey));
        assertEquals(Map.of("since", "reuse.error.sinceFuture", "whereInUse", "error.required", "url",
                "reuse.error.https"), problems);
        SfideException own = assertThrows(SfideException.class, () -> new Adoption(e, LOMBARDIA, 4, TODAY,
                "Direzione Infrastrutture", null, TODAY, NOW));
        assertEquals("reuse.error.ownBody", own.messageKey());
    }

    private static void setId(Object entity, Long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
