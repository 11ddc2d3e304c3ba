package it.sfide.evaluation.control;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.document.control.SealedDocuments;
import it.sfide.evaluation.control.CommitteeAppointment.Member;
import it.sfide.validation.IndependentValidators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static it.sfide.evaluation.control.EvaluationSamples.BODY;
import static it.sfide.evaluation.control.EvaluationSamples.OCID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evaluation's documents rendered and sealed by the body as {@code DocumentIssuer} does, in Italian and English,
 * checked by the independent validators (EU DSS: every signature PAdES baseline LT and passed; veraPDF: PDF/A-2b)
 * and read back with PDFBox for what a reader relies on.
 */
class EvaluationDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final SealedDocuments DOCS = new SealedDocuments("Evaluation", NOW);
    private static final Locale[] LANGUAGES = {Locale.ITALIAN, Locale.ENGLISH};

    private static <T> byte[] issue(it.sfide.document.spi.DocumentRenderer<T> renderer, T record, Locale locale)
            throws IOException {
        byte[] pdf = DOCS.issue(renderer, record, "SFIDE-2026-000500", BODY, locale);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", renderer.type() + "-" + locale.getLanguage() + ".pdf"), pdf);
        return pdf;
    }

    /** EU DSS passes every signature at baseline LT and finds as many as expected; veraPDF passes PDF/A-2b. */
    private static void assertValid(byte[] pdf, int signatures) throws Exception {
        SimpleReport report = DOCS.validate(pdf);
        assertEquals(signatures, report.getSignaturesCount(), report.toString());
        for (String id : report.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(id), report.toString());
            assertEquals(SignatureLevel.PAdES_BASELINE_LT, report.getSignatureFormat(id));
        }
        IndependentValidators.PdfACheck pdfA = IndependentValidators.pdfA2b(pdf);
        assertTrue(pdfA.compliant(), pdfA.failures());
    }

    /** The text a reader sees, lines joined by spaces so that wrapped sentences read whole. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static CommitteeAppointment appointment(Locale locale, boolean blind) {
        return new CommitteeAppointment(EvaluationSamples.title(locale), OCID, 2, BODY, "Giulia Bianchi",
                NOW.minusSeconds(86_400), blind, EvaluationSamples.committee(4), EvaluationSamples.criteria(locale),
                60, "0–5, 0.5", 3, 200, 10);
    }

    @Test
    void committeeAppointmentNamesMembersCriteriaAndRulesAndNeedsNoPersonalSignature() throws Exception {
        for (Locale locale : LANGUAGES) {
            byte[] pdf = issue(new CommitteeAppointment.Renderer(), appointment(locale, true), locale);
            assertValid(pdf, 1);
            assertEquals(0, SealedDocuments.freeSignatureBoxes(pdf));
            String text = text(pdf);
            assertTrue(text.contains("Laura Ferretti — " + BODY), text);
            assertTrue(text.contains("Chiara Colombo — " + (english(locale) ? "External expert" : "Esperto esterno")));
            assertTrue(text.contains("Davide Rinaldi — Politecnico di Torino"));
            assertTrue(text.contains(english(locale) ? "Chair" : "Presidente"));
            assertTrue(text.contains(english(locale) ? "Weight 40, minimum threshold 24 points"
                    : "Peso 40, soglia minima 24 punti"), text);
            assertTrue(text.contains(english(locale) ? "60 out of 100" : "60 su 100"));
            assertTrue(text.contains("0–5, 0.5"));
            assertTrue(text.contains(english(locale) ? "200 characters" : "200 caratteri"));
            assertTrue(text.contains(english(locale) ? "10 days" : "10 giorni"));
            assertTrue(text.contains(english(locale) ? "Yes: evaluators see the proposals under an anonymous code"
                    : "Sì: i valutatori vedono le proposte con un codice anonimo"), text);
            assertTrue(text.contains(EvaluationSamples.title(locale)) && text.contains(OCID));
            assertTrue(text.contains(english(locale) ? "Electronically sealed by Comune di Milano (Electronic seal"
                    : "Sigillato elettronicamente da Comune di Milano (Sigillo elettronico"), text);
        }
    }

    @Test
    void blindConflictDeclarationShowsCodesNotNamesAndIsSignedByTheMemberInTheBoxKeptForThem() throws Exception {
        for (Locale locale : LANGUAGES) {
            ConflictDeclaration declaration = new ConflictDeclaration(EvaluationSamples.title(locale), OCID, 1,
                    "Davide Rinaldi", false, NOW, List.of(
                            new ConflictDeclaration.Applicant("P-03", false, null, null),
                            new ConflictDeclaration.Applicant("P-07", true, english(locale)
                                    ? "the member's organisation is a consortium partner"
                                    : "l'organizzazione del componente è partner del consorzio", null),
                            new ConflictDeclaration.Applicant("P-12", true, null, english(locale)
                                    ? "I co-authored a paper with the proposal's technical lead in 2025."
                                    : "Ho firmato un articolo con il responsabile tecnico della proposta nel 2025.")));
            byte[] issued = issue(new ConflictDeclaration.Renderer(), declaration, locale);
            assertValid(issued, 1);
            assertEquals(1, SealedDocuments.freeSignatureBoxes(issued), "the member's box");
            String text = text(issued);
            assertTrue(text.contains("P-07") && text.contains("P-03") && text.contains("P-12"));
            assertFalse(text.contains("Politecnico di Torino"), "the member's own affiliation is not shown");
            assertTrue(text.contains(english(locale) ? "Found by Sfide: the member's organisation is a consortium"
                    : "Rilevato da Sfide: l'organizzazione del componente è partner"), text);
            assertTrue(text.contains(english(locale) ? "Declared: I co-authored" : "Dichiarato: Ho firmato"));
            assertTrue(text.contains(english(locale) ? "Conflicts of interest: 2" : "Conflitti di interesse: 2"));
            assertTrue(text.contains(english(locale) ? "true and complete" : "vero e completo"));
            assertTrue(text.contains(english(locale) ? "confidential" : "riservat"));
            assertTrue(text.contains(english(locale) ? "abstain from evaluating" : "astenersi dalla valutazione"));

            byte[] signed = DOCS.countersign(issued, "Davide Rinaldi", english(locale) ? "Committee member"
                    : "Componente della commissione", locale);
            assertValid(signed, 2);
            assertEquals(0, SealedDocuments.freeSignatureBoxes(signed));
        }
    }

    @Test
    void committeeReportPutsTheRankingFirstShowsEveryScoreAndIsSignedByEveryMember() throws Exception {
        for (Locale locale : LANGUAGES) {
            CommitteeReport report = EvaluationSamples.report(12, 3, locale);
            byte[] issued = issue(CommitteeReport.Renderer.of(report), report, locale);
            assertValid(issued, 1);
            assertEquals(3, SealedDocuments.freeSignatureBoxes(issued), "one box per member, the chair included");
            String text = text(issued);
            CommitteeReport.ProposalResult first = report.results().get(0);
            String total = first.total().toPlainString().replace(".", english(locale) ? "." : ",");
            String line = "1. " + first.label() + " — " + total + (english(locale) ? " out of 100" : " su 100");
            assertTrue(text.contains(line), line + "\n" + text);
            int ranking = text.indexOf(line);
            int firstEvaluation = text.indexOf(english(locale) ? "Individual evaluation by" : "Valutazione individuale");
            assertTrue(ranking >= 0 && ranking < firstEvaluation, "the summary ranking comes before the details");
            assertTrue(text.contains(english(locale) ? "(not ranked)" : "(non in graduatoria)"), "some miss a threshold");
            String score = report.results().get(0).individual().get(0).scores().get(0).score().toPlainString();
            assertTrue(text.contains((english(locale) ? "Score " : "Punteggio ")
                    + (english(locale) ? score : score.replace('.', ','))), text);
            assertFalse(english(locale) ? text.contains("Score 3,5") : text.contains("Punteggio 3.5"),
                    "one decimal in the document's language");
            assertTrue(text.contains(english(locale) ? "Technical quality and innovation (weight 40)"
                    : "Qualità tecnica e innovazione (peso 40)"));
            assertTrue(text.contains(report.tieBreak().substring(0, 40)));

            byte[] signed = issued;
            for (Member m : report.members()) {
                signed = DOCS.countersign(signed, m.name(), m.chair() ? "Presidente" : "Componente", locale);
            }
            assertValid(signed, 4);
            assertEquals(0, SealedDocuments.freeSignatureBoxes(signed));
        }
    }

    @Test
    void aReportRendererCountsTheBoxesOfItsOwnReport() {
        CommitteeReport small = EvaluationSamples.report(2, 3, Locale.ITALIAN);
        CommitteeReport large = EvaluationSamples.report(2, 7, Locale.ITALIAN);
        assertEquals(7, CommitteeReport.Renderer.of(large).personalSignatures());
        assertThrows(IllegalArgumentException.class,
                () -> DOCS.issue(CommitteeReport.Renderer.of(small), large, "SFIDE-2026-000501", BODY, Locale.ITALIAN));
    }

    @Test
    void reissuedAwardDecisionSaysWhyAndListsWinnersWithTheirAmounts() throws Exception {
        for (Locale locale : LANGUAGES) {
            AwardDecision decision = new AwardDecision(EvaluationSamples.title(locale), OCID, BODY, "Giulia Bianchi",
                    NOW, "SFIDE-2026-000480", 2, english(locale) ? "Appeal of Ponti Sicuri S.r.l. accepted."
                            : "Accolto il ricorso di Ponti Sicuri S.r.l.", new BigDecimal("300000"),
                    List.of(new AwardDecision.Winner("Ponti Sicuri S.r.l.", "SFIDE-2026-000301", 1,
                                    new BigDecimal("87.5"), new BigDecimal("150000")),
                            new AwardDecision.Winner("Politecnico di Milano", "SFIDE-2026-000307", 2,
                                    new BigDecimal("81.0"), new BigDecimal("120000.50"))),
                    List.of(new AwardDecision.Ranked(1, "Ponti Sicuri S.r.l.", new BigDecimal("87.5"), true),
                            new AwardDecision.Ranked(2, "Politecnico di Milano", new BigDecimal("81"), true),
                            new AwardDecision.Ranked(3, "Sensoria S.p.A.", new BigDecimal("74.25"), true),
                            new AwardDecision.Ranked(null, "Fondazione Bruno Kessler", new BigDecimal("52"), false)), null);
            byte[] pdf = issue(new AwardDecision.Renderer(), decision, locale);
            assertValid(pdf, 1);
            String text = text(pdf);
            assertTrue(text.contains(english(locale) ? "Revision 2" : "Revisione 2"));
            assertTrue(text.contains(decision.reissueReason()));
            assertTrue(text.contains(english(locale) ? "150,000.00" : "150.000,00"), text);
            assertTrue(text.contains(english(locale) ? "270,000.50" : "270.000,50"), "the total awarded");
            assertTrue(text.contains(english(locale) ? "87.5 out of 100" : "87,5 su 100"));
            assertTrue(text.contains(english(locale) ? "74.3 out of 100" : "74,3 su 100"), "one decimal, half up");
            assertTrue(text.contains(english(locale) ? "Fondazione Bruno Kessler (not ranked) — 52.0 out of 100"
                    : "Fondazione Bruno Kessler (non in graduatoria) — 52,0 su 100"), text);
            assertTrue(text.contains("SFIDE-2026-000480"));
        }
    }

    @Test
    void aStageGateDecisionSelectsTheContractorsWhoContinueIntoThePhase() throws Exception {
        for (Locale locale : LANGUAGES) {
            AwardDecision decision = new AwardDecision(EvaluationSamples.title(locale), OCID, BODY, "Giulia Bianchi",
                    NOW, "SFIDE-2026-000580", 1, null, new BigDecimal("200000"),
                    List.of(new AwardDecision.Winner("Ponti Sicuri S.r.l.", "SFIDE-2026-000301", 1,
                            new BigDecimal("88"), new BigDecimal("100000"))),
                    List.of(new AwardDecision.Ranked(1, "Ponti Sicuri S.r.l.", new BigDecimal("88"), true),
                            new AwardDecision.Ranked(2, "Sensoria S.p.A.", new BigDecimal("70"), true)), 2);
            byte[] pdf = issue(new AwardDecision.Renderer(true), decision, locale);
            assertValid(pdf, 1);
            String text = text(pdf);
            assertTrue(text.contains(english(locale) ? "Stage-gate decision" : "Decisione di stage gate"), text);
            assertTrue(text.contains(english(locale) ? "continue into phase 2" : "proseguono nella fase 2"), text);
            assertTrue(text.contains("Ponti Sicuri S.r.l.") && text.contains("SFIDE-2026-000580"));
        }
    }

    @Test
    void resultsLetterCarriesTheApplicantsOwnScoresAndNothingOfOtherApplicants() throws Exception {
        CommitteeReport report = EvaluationSamples.report(12, 3, Locale.ITALIAN);
        for (Locale locale : LANGUAGES) {
            for (String outcome : ResultsLetter.OUTCOMES) {
                List<CommitteeAppointment.CriterionLine> criteria = EvaluationSamples.criteria(locale);
                List<ResultsLetter.Line> lines = new java.util.ArrayList<>();
                for (int c = 0; c < criteria.size(); c++) {
                    lines.add(new ResultsLetter.Line(criteria.get(c).name(), criteria.get(c).weight(),
                            new BigDecimal(c == 0 ? "3.5" : "4"), EvaluationSamples.comment(locale, c)));
                }
                boolean fundable = !outcome.endsWith("NOT_FUNDABLE");
                ResultsLetter letter = new ResultsLetter(EvaluationSamples.title(locale), OCID, BODY,
                        "Sensoria S.p.A.", "SFIDE-2026-000303", outcome, fundable ? 3 : null,
                        new BigDecimal("74.25"), fundable, lines, NOW.plusSeconds(10 * 86_400), "SFIDE-2026-000490");
                byte[] pdf = issue(new ResultsLetter.Renderer(), letter, locale);
                assertValid(pdf, 1);
                String text = text(pdf);
                assertTrue(text.contains(english(locale) ? "Dear Sensoria S.p.A." : "Spettabile Sensoria S.p.A."));
                assertTrue(text.contains(english(locale) ? "Score 3.5 — The solution proposes"
                        : "Punteggio 3,5 — La soluzione propone"), text);
                assertTrue(text.contains(english(locale) ? "Score 4.0" : "Punteggio 4,0"));
                assertTrue(text.contains(english(locale) ? "74.3 out of 100" : "74,3 su 100"));
                assertTrue(text.contains(switch (outcome) {
                    case "AWARDED" -> english(locale) ? "has been awarded" : "è risultata aggiudicataria";
                    case "NOT_AWARDED" -> english(locale) ? "fundable but has not been awarded"
                            : "finanziabile ma non è risultata aggiudicataria";
                    case "STAGE_AWARDED" -> english(locale) ? "selected to continue into the next phase"
                            : "selezionata per proseguire nella fase successiva";
                    case "STAGE_NOT_AWARDED" -> english(locale) ? "not selected for the next phase: the phase"
                            : "non è selezionata per la fase successiva: il budget";
                    case "STAGE_NOT_FUNDABLE" -> english(locale) ? "not selected for the next phase: it did not"
                            : "non è selezionata per la fase successiva: non ha raggiunto";
                    default -> english(locale) ? "is not fundable" : "non è finanziabile";
                }), text);
                assertTrue(text.contains(fundable ? "3" : english(locale) ? "Not ranked" : "Non in graduatoria"));
                assertTrue(text.contains("SFIDE-2026-000490") && text.contains("SFIDE-2026-000303"));
                assertTrue(text.contains(english(locale) ? "December 2, 2026" : "2 dicembre 2026"), "appeal until");
                for (String other : List.of("Ponti Sicuri", "Politecnico di Milano", "SFIDE-2026-000301",
                        report.results().get(0).label())) {
                    assertFalse(text.contains(other), other);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new ResultsLetter("t", OCID, BODY, "x", "p", "WON",
                1, BigDecimal.TEN, true, List.of(), NOW, "p"));
    }

    @Test
    void appealDecisionQuotesTheAppealClippedAndStatesTheOutcome() throws Exception {
        for (Locale locale : LANGUAGES) {
            String sentence = english(locale)
                    ? "The committee did not consider the pilot results we attached to the proposal. "
                    : "La commissione non ha considerato i risultati del progetto pilota allegati alla proposta. ";
            String appeal = sentence.repeat(60) + "ENDOFAPPEAL";
            for (boolean accepted : new boolean[] {true, false}) {
                AppealDecision decision = new AppealDecision(EvaluationSamples.title(locale), OCID, BODY,
                        "Ponti Sicuri S.r.l.", NOW.minusSeconds(3 * 86_400), appeal, accepted, english(locale)
                                ? "The attached results were in the proposal and were not weighed."
                                : "I risultati allegati erano nella proposta e non sono stati valutati.",
                        "Giulia Bianchi", NOW);
                byte[] pdf = issue(new AppealDecision.Renderer(), decision, locale);
                assertValid(pdf, 1);
                String text = text(pdf);
                assertTrue(text.contains(sentence.strip()));
                assertFalse(text.contains("ENDOFAPPEAL"), "clipped");
                assertTrue(text.contains("…"));
                assertTrue(text.contains(english(locale) ? "(" + String.format(Locale.UK, "%,d", appeal.length())
                        + " characters)" : "(" + String.format(Locale.ITALY, "%,d", appeal.length()) + " caratteri)"),
                        text);
                assertTrue(text.contains(accepted ? english(locale) ? "ACCEPTED" : "ACCOLTO"
                        : english(locale) ? "REJECTED" : "RESPINTO"));
                assertTrue(text.contains(decision.reason()));
                assertTrue(text.contains("Ponti Sicuri S.r.l."));
            }
        }
        assertEquals("abc…", EvaluationFigures.clip("abcdefgh", 4));
        assertEquals("abcd", EvaluationFigures.clip("abcd", 4));
    }
}
