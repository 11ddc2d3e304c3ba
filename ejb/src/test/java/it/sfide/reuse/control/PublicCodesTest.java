package it.sfide.reuse.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.sfide.identity.ItalianRegion;
import it.sfide.identity.boundary.Directory;
import it.sfide.reuse.CatalogueEntry;
import it.sfide.reuse.EntryDetails;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PublicCodesTest {

    private static final Directory.PublicBodyView LOMBARDIA = new Directory.PublicBodyView(1, "Regione Lombardia",
            "r_lombar", ItalianRegion.LOMBARDIA);

    private static EntryDetails details(String name, String licence) {
        return new EntryDetails(name, "https://gitlab.com/regione-lombardia/ponti-digitali", null, licence,
                "standalone/web", "stable", List.of("data-analytics", "data-collection"), List.of("web", "Linux server"),
                List.of("it", "en"), null, LocalDate.of(2027, 2, 20), LocalDate.of(2028, 2, 19), true,
                new EntryDetails.Description("Monitoraggio strutturale dei ponti: \"sensori\" e allarmi #1.",
                        PublicCodeSamples.LONG_IT, List.of("Letture in tempo reale", "yes", "null: nessuna")),
                new EntryDetails.Description("Structural monitoring of bridges \uD83C\uDF09 with sensors.",
                        PublicCodeSamples.LONG_EN, List.of("Real-time readings", "Threshold alerts")));
    }

    @Test
    void anEntryBecomesAPubliccodeYmlValidAgainstTheSchemaWithTheOwnerTheOperatorAndTheAdopters() {
        CatalogueEntry entry = new CatalogueEntry(10, 20, 1, 30, ItalianRegion.LOMBARDIA, List.of("mobility"),
                details("Ponti: Digitali", "EUPL-1.2 OR MIT"), 7, Instant.parse("2027-03-01T09:00:00Z"));
        byte[] file = PublicCodeGenerator.utf8(PublicCodes.record(entry, LOMBARDIA, "Politecnico di Milano",
                List.of("Comune di Milano")));

        assertEquals(List.of(), PublicCodeSchema.problems(file));
        JsonNode doc = PublicCodeSchema.read(file);
        assertEquals("Ponti: Digitali", doc.get("name").asString());
        assertEquals("EUPL-1.2 OR MIT", doc.at("/legal/license").asString());
        assertEquals("Regione Lombardia", doc.at("/legal/mainCopyrightOwner").asString());
        assertEquals("r_lombar", doc.at("/it/riuso/codiceIPA").asString());
        assertEquals("Politecnico di Milano", doc.at("/maintenance/contractors/0/name").asString());
        assertEquals("2028-02-19", doc.at("/maintenance/contractors/0/until").asString());
        assertEquals("standalone/web", doc.get("softwareType").asString());
        assertEquals("stable", doc.get("developmentStatus").asString());
        List<String> usedBy = new ArrayList<>();
        doc.get("usedBy").forEach(n -> usedBy.add(n.asString()));
        assertEquals(List.of("Regione Lombardia", "Comune di Milano"), usedBy);
        List<String> platforms = new ArrayList<>();
        doc.get("platforms").forEach(n -> platforms.add(n.asString()));
        assertEquals(List.of("web", "Linux server"), platforms);
        assertEquals("yes", doc.at("/description/it/features/1").asString(), "a string, not a boolean");
        assertEquals(PublicCodeSamples.LONG_EN, doc.at("/description/en/longDescription").asString());
    }

    @Test
    void detailsTheFileCouldNotHoldAreRefusedBeforeAnythingIsStored() {
        PublicCodes.requireValid(details("Ponti Digitali", "EUPL-1.2"), LOMBARDIA, "Politecnico di Milano");
        ValidationFailure f = assertThrows(ValidationFailure.class, () -> PublicCodes.requireValid(
                details("Ponti Digitali", "EUPL-1.2"), new Directory.PublicBodyView(2, "Ente estero", "FR-0001",
                        null), "Politecnico di Milano"));
        assertEquals(List.of("owner.ipaCode"), f.problems().stream().map(SfideException::field).toList());
    }
}
