package it.sfide.challenge.control;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeContent;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Criterion;
import it.sfide.challenge.Phase;
import it.sfide.challenge.TieBreak;
import it.sfide.document.control.SealedDocuments;
import it.sfide.identity.ItalianRegion;
import it.sfide.validation.IndependentValidators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The challenge notice of a PCP whose stage gates have criteria of their own: each phase's criteria under its
 * heading after the general ones, in Italian and English, sealed as {@code DocumentIssuer} does and checked by EU DSS
 * and veraPDF.
 */
class ChallengeNoticeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final SealedDocuments DOCS = new SealedDocuments("Notice", NOW);

    private static Challenge pcp(List<Criterion> criteria) {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            phases.add(new Phase(i + 1, NOW.plus(Duration.ofDays(30L * i)), NOW.plus(Duration.ofDays(30L * i + 20)),
                    new BigDecimal("100000")));
        }
        return new Challenge("ocds-sfide-1", 7L, new ChallengeContent(ChallengeType.PCP,
                "Trasporto a chiamata nelle valli", "On-demand transport in the valleys", "Sintesi", "Summary",
                "Il bisogno", "The need", null, "Expected outcomes", new BigDecimal("300000"), null, 4, 8,
                List.of("mobility"),
                ItalianRegion.LOMBARDIA, List.of(), phases, criteria, 60, TieBreak.FIRST_CRITERION, false, null,
                null), "buyer1", NOW);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static byte[] issue(Challenge challenge, Locale locale) throws Exception {
        return DOCS.issue(new ChallengeNotice.Renderer(), new ChallengeNotice(challenge, "Regione Lombardia",
                List.of(), List.of()), "SFIDE-2026-000021", "Regione Lombardia", locale);
    }

    @Test
    void aStageGatesOwnCriteriaFollowTheGeneralOnesUnderTheirPhase() throws Exception {
        Challenge challenge = pcp(List.of(new Criterion("Qualità della soluzione", "Quality of the solution", 60, 30),
                new Criterion("Impatto", "Impact", 40, null),
                new Criterion("Risultati del prototipo", "Prototype results", 40, 20, 2),
                new Criterion("Piano di collaudo", "Field-test plan", 30, null, 2),
                new Criterion("Costo del ciclo di vita", "Life-cycle cost", 30, null, 2),
                new Criterion("Risultati della sperimentazione", "Field-test results", 100, null, 3)));
        for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            byte[] pdf = issue(challenge, locale);
            String text = text(pdf);
            boolean en = "en".equals(locale.getLanguage());
            String general = en ? "General criteria (phase 1 and phases without criteria of their own)"
                    : "Criteri generali (fase 1 e fasi senza criteri propri)";
            String phase2 = en ? "Criteria of phase 2 (stage gate)" : "Criteri della fase 2 (stage gate)";
            String phase3 = en ? "Criteria of phase 3 (stage gate)" : "Criteri della fase 3 (stage gate)";
            int g = text.indexOf(general);
            int p2 = text.indexOf(phase2);
            int p3 = text.indexOf(phase3);
            assertTrue(g >= 0 && p2 > g && p3 > p2, "general, then phase 2, then phase 3: " + text);
            int quality = text.indexOf("Qualità della soluzione / Quality of the solution");
            int prototype = text.indexOf("Risultati del prototipo / Prototype results");
            int fieldTest = text.indexOf("Risultati della sperimentazione / Field-test results");
            assertTrue(g < quality && quality < p2, "the general criteria under their heading: " + text);
            assertTrue(p2 < prototype && prototype < p3, "the prototype's criteria under phase 2: " + text);
            assertTrue(p3 < fieldTest, "the field test's criteria under phase 3: " + text);

            SimpleReport report = DOCS.validate(pdf);
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(report.getFirstSignatureId()),
                    report.toString());
            IndependentValidators.PdfACheck pdfA = IndependentValidators.pdfA2b(pdf);
            assertTrue(pdfA.compliant(), pdfA.failures());
        }
    }

    @Test
    void theNoticeGivesTheNeedAndOutcomesInEveryLanguageTheBodyWroteThem() throws Exception {
        String text = text(issue(pcp(List.of(new Criterion("Qualità", "Quality", 60, 30),
                new Criterion("Impatto", "Impact", 40, null))), Locale.ENGLISH));
        assertTrue(text.contains("Il bisogno") && text.contains("The need"), text);
        assertTrue(text.contains("Expected outcomes (English)") && text.contains("Expected outcomes"), text);
    }

    @Test
    void withoutPhaseCriteriaTheNoticeListsTheCriteriaAsBefore() throws Exception {
        String text = text(issue(pcp(List.of(new Criterion("Qualità", "Quality", 60, 30),
                new Criterion("Impatto", "Impact", 40, null))), Locale.ITALIAN));
        assertTrue(text.contains("Qualità / Quality") && text.contains("Impatto / Impact"), text);
        assertFalse(text.contains("Criteri generali") || text.contains("stage gate"), text);
    }
}
