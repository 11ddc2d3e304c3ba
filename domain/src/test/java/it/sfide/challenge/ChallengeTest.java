package it.sfide.challenge;

import it.sfide.identity.ItalianRegion;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChallengeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static ChallengeContent complete(ChallengeType type, int phases) {
        List<Phase> list = new java.util.ArrayList<>();
        for (int i = 0; i < phases; i++) {
            list.add(new Phase(i + 1, NOW.plus(Duration.ofDays(30L * i)), NOW.plus(Duration.ofDays(30L * i + 20)),
                    new BigDecimal("100000")));
        }
        return new ChallengeContent(type, "Mobilità sostenibile", "Sustainable mobility", "Sintesi", "Summary",
                "Il bisogno", "The need", "Risultati attesi", "Expected outcomes", new BigDecimal("300000"),
                new BigDecimal("250000"), 4, 7,
                List.of("mobility", "smart-city"), ItalianRegion.LOMBARDIA, List.of("Proposta tecnica"), list,
                List.of(new Criterion("Qualità", "Quality", 60, 30), new Criterion("Impatto", "Impact", 40, null)),
                60, TieBreak.FIRST_CRITERION, true, "1234567890", "J41B21000080006");
    }

    private static Challenge draft(ChallengeContent content) {
        return new Challenge("ocds-sfide-1", 7L, content, "buyer1", NOW);
    }

    private static ChallengeContent empty(ChallengeType type) {
        return new ChallengeContent(type, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, false, null, null);
    }

    @Test
    void anIncompleteDraftIsSavedAndSaysExactlyWhatPublishingNeeds() {
        Challenge challenge = draft(empty(ChallengeType.PCP));
        assertEquals(ChallengeStatus.DRAFT, challenge.getStatus());
        List<String> fields = challenge.missingForPublication(NOW).stream().map(SfideException::field).toList();
        assertEquals(List.of("titleIt", "titleEn", "summaryIt", "summaryEn", "need", "needEn", "budget", "phases",
                "criteria", "tieBreak"), fields);
        assertThrows(ValidationFailure.class, () -> challenge.requestPublication("buyer1", NOW));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsApplied() {
        Challenge challenge = draft(complete(ChallengeType.CHALLENGE_PRIZE, 1));
        ChallengeContent bad = new ChallengeContent(ChallengeType.CHALLENGE_PRIZE, "x".repeat(201), null, null,
                null, null, "y".repeat(20_001), null, null, new BigDecimal("-1"), null, 8, 3, List.of("Not A Theme!"),
                null, null,
                List.of(new Phase(1, NOW.plusSeconds(60), NOW, null)), List.of(new Criterion("a", "a", 0, 101)),
                null, null, false, "short", "bad");
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> challenge.revise(bad, NOW));
        List<String> fields = failure.problems().stream().map(SfideException::field).toList();
        assertTrue(fields.containsAll(List.of("titleIt", "needEn", "budget", "trlMax", "themes", "cig", "cup",
                "phases[0].closesAt", "criteria[0].weight", "criteria[0].threshold")), fields.toString());
        assertEquals("Mobilità sostenibile", challenge.getTitleIt(), "nothing of the bad input was applied");
    }

    @Test
    void weightsMustSumTo100ToPublish() {
        ChallengeContent content = complete(ChallengeType.PPI, 1);
        ChallengeContent uneven = new ChallengeContent(content.type(), content.titleIt(), content.titleEn(),
                content.summaryIt(), content.summaryEn(), content.need(), content.needEn(), content.expectedOutcomes(),
                content.expectedOutcomesEn(), content.budget(),
                content.awardValue(), content.trlMin(), content.trlMax(), content.themes(), content.region(),
                content.requiredDocuments(), content.phases(),
                List.of(new Criterion("Qualità", "Quality", 60, null), new Criterion("Costo", "Cost", 30, null)),
                null, TieBreak.DRAW, false, null, null);
        SfideException problem = draft(uneven).missingForPublication(NOW).get(0);
        assertEquals("challenge.error.weightsSum", problem.messageKey());
        assertEquals(90, problem.arguments()[0]);
    }

    @Test
    void aPcpNeedsThreePhasesInSequence() {
        assertEquals(List.of("phases"), draft(complete(ChallengeType.PCP, 1)).missingForPublication(NOW).stream()
                .map(SfideException::field).toList());
        assertTrue(draft(complete(ChallengeType.PCP, 3)).missingForPublication(NOW).isEmpty());
        assertTrue(draft(empty(ChallengeType.MARKET_CONSULTATION)).missingForPublication(NOW).stream()
                .noneMatch(p -> p.field().equals("criteria")), "a consultation is not evaluated");
    }

    @Test
    void publishingNeedsASecondOfficer() {
        Challenge challenge = draft(complete(ChallengeType.CHALLENGE_PRIZE, 1));
        assertEquals("challenge.error.notRequested",
                assertThrows(SfideException.class, () -> challenge.approveAndPublish("buyer2", NOW)).messageKey());
        challenge.requestPublication("buyer1", NOW);
        assertEquals("challenge.error.fourEyes",
                assertThrows(SfideException.class, () -> challenge.approveAndPublish("buyer1", NOW)).messageKey());
        challenge.approveAndPublish("buyer2", NOW.plusSeconds(5));
        assertEquals(ChallengeStatus.PUBLISHED, challenge.getStatus());
        assertEquals("buyer2", challenge.getApprovedBy());
        assertEquals("challenge.error.wrongState", assertThrows(SfideException.class,
                () -> challenge.revise(complete(ChallengeType.CHALLENGE_PRIZE, 1), NOW)).messageKey());
    }

    @Test
    void aDeadlinePassedBetweenRequestAndApprovalBlocksPublication() {
        Challenge challenge = draft(complete(ChallengeType.CHALLENGE_PRIZE, 1));
        challenge.requestPublication("buyer1", NOW);
        Instant late = NOW.plus(Duration.ofDays(21));
        assertThrows(ValidationFailure.class, () -> challenge.approveAndPublish("buyer2", late));
        assertEquals(ChallengeStatus.DRAFT, challenge.getStatus());
    }

    @Test
    void aPhaseClosesExactlyOnceAndNotBeforeItsDeadline() {
        Challenge challenge = published();
        Instant deadline = challenge.getPhases().get(0).getClosesAt();
        assertFalse(challenge.closePhase(1, deadline.minusMillis(1)), "not before the deadline");
        assertTrue(challenge.closePhase(1, deadline));
        assertEquals(ChallengeStatus.CLOSED, challenge.getStatus());
        assertFalse(challenge.closePhase(1, deadline.plusSeconds(1)), "never twice");
    }

    @Test
    void theEvaluationTakesAClosedChallengeToRankedThenAwardedAndAReRankingLeavesTheAwardAlone() {
        Challenge challenge = published();
        Instant deadline = challenge.getPhases().get(0).getClosesAt();
        challenge.ranked(deadline);
        assertEquals(ChallengeStatus.PUBLISHED, challenge.getStatus(), "nothing to rank before the evaluation");
        assertTrue(challenge.closePhase(1, deadline));
        challenge.evaluationStarted(deadline.plusSeconds(60));
        assertEquals(ChallengeStatus.UNDER_EVALUATION, challenge.getStatus());
        challenge.ranked(deadline.plusSeconds(120));
        assertEquals(ChallengeStatus.RANKED, challenge.getStatus());
        challenge.awarded(deadline.plusSeconds(180));
        assertEquals(ChallengeStatus.AWARDED, challenge.getStatus());
        challenge.ranked(deadline.plusSeconds(240));
        assertEquals(ChallengeStatus.AWARDED, challenge.getStatus(), "an appeal's new ranking keeps the award");
        challenge.executionStarted(deadline.plusSeconds(300));
        assertEquals(ChallengeStatus.IN_EXECUTION, challenge.getStatus(), "a contract is in force");
        challenge.evaluationStarted(deadline.plusSeconds(360));
        challenge.ranked(deadline.plusSeconds(420));
        challenge.awarded(deadline.plusSeconds(480));
        assertEquals(ChallengeStatus.IN_EXECUTION, challenge.getStatus(), "a stage gate leaves the execution alone");
        challenge.completed(deadline.plusSeconds(540));
        assertEquals(ChallengeStatus.COMPLETED, challenge.getStatus());
        challenge.executionStarted(deadline.plusSeconds(600));
        assertEquals(ChallengeStatus.COMPLETED, challenge.getStatus());
    }

    @Test
    void deadlinesAreExtendedWithAReasonAndNeverShortenedOnceProposalsStarted() {
        Challenge challenge = published();
        Instant close = challenge.getPhases().get(0).getClosesAt();
        assertEquals("challenge.error.reasonRequired", assertThrows(SfideException.class,
                () -> challenge.changeDeadline(1, close.plus(Duration.ofDays(7)), " ", false, NOW)).messageKey());
        challenge.changeDeadline(1, close.plus(Duration.ofDays(7)), "Richieste degli operatori", true, NOW);
        assertEquals(close.plus(Duration.ofDays(7)), challenge.getPhases().get(0).getClosesAt());
        assertEquals("challenge.error.shortenAfterDrafts", assertThrows(SfideException.class,
                () -> challenge.changeDeadline(1, close, null, true, NOW)).messageKey());
        challenge.changeDeadline(1, close, null, false, NOW);
        assertEquals("challenge.error.deadlinePast", assertThrows(SfideException.class,
                () -> challenge.changeDeadline(1, NOW.minusSeconds(1), "x", false, NOW)).messageKey());
    }

    @Test
    void suspensionRecordsTheFailureAndTheExtensionAndCancellationNeedsAReason() {
        Challenge challenge = published();
        Instant close = challenge.getPhases().get(0).getClosesAt();
        challenge.suspend(1, close.plus(Duration.ofHours(24)), "Interruzione del servizio dalle 9 alle 13", NOW);
        assertEquals(ChallengeStatus.SUSPENDED, challenge.getStatus());
        assertTrue(challenge.getStatus().isOpen(), "proposals are still accepted until the extended deadline");
        assertEquals(close.plus(Duration.ofHours(24)), challenge.getPhases().get(0).getClosesAt());
        assertThrows(SfideException.class, () -> challenge.cancel("", NOW));
        challenge.cancel("Fondi revocati", NOW);
        assertEquals(ChallengeStatus.CANCELLED, challenge.getStatus());
        assertEquals("challenge.error.notCancellable",
                assertThrows(SfideException.class, () -> challenge.cancel("again", NOW)).messageKey());
    }

    @Test
    void theNextDeadlineFollowsThePhasesAsTheyCloseAndMove() {
        Challenge challenge = draft(complete(ChallengeType.PCP, 3));
        Instant first = NOW.plus(Duration.ofDays(20));
        assertEquals(first, challenge.getDeadline());
        challenge.requestPublication("buyer1", NOW);
        challenge.approveAndPublish("buyer2", NOW);
        challenge.changeDeadline(1, first.plus(Duration.ofDays(2)), "More time", false, NOW);
        assertEquals(first.plus(Duration.ofDays(2)), challenge.getDeadline());
        assertTrue(challenge.closePhase(1, first.plus(Duration.ofDays(2))));
        assertEquals(NOW.plus(Duration.ofDays(50)), challenge.getDeadline(), "then the second phase's");
    }

    @Test
    void theNeedAndOutcomesAreReadInTheReadersLanguageOrInItalianWhileTheEnglishIsEmpty() {
        Challenge challenge = draft(complete(ChallengeType.PPI, 1));
        assertEquals("The need", challenge.need(java.util.Locale.ENGLISH));
        assertEquals("Expected outcomes", challenge.expectedOutcomes(java.util.Locale.ENGLISH));
        assertEquals("Il bisogno", challenge.need(java.util.Locale.ITALIAN));
        assertEquals("Risultati attesi", challenge.expectedOutcomes(java.util.Locale.ITALIAN));

        ChallengeContent c = complete(ChallengeType.PPI, 1);
        challenge.revise(new ChallengeContent(c.type(), c.titleIt(), c.titleEn(), c.summaryIt(), c.summaryEn(),
                c.need(), "  ", c.expectedOutcomes(), null, c.budget(), c.awardValue(), c.trlMin(), c.trlMax(),
                c.themes(), c.region(), c.requiredDocuments(), c.phases(), c.criteria(), c.overallThreshold(),
                c.tieBreak(), c.blindReview(), c.cig(), c.cup()), NOW);
        assertNull(challenge.getNeedEn(), "a blank English need is no need");
        assertEquals("Il bisogno", challenge.need(java.util.Locale.ENGLISH));
        assertEquals("Risultati attesi", challenge.expectedOutcomes(java.util.Locale.ENGLISH));
        assertEquals(List.of("needEn"), challenge.missingForPublication(NOW).stream().map(SfideException::field)
                .toList(), "publishing needs the English need, like the English summary; the outcomes stay optional");
    }

    @Test
    void theEnglishNeedAndOutcomesAreFoundCopiedAndAmended() {
        Challenge challenge = published();
        assertTrue(challenge.searchTerms().containsAll(List.of("need", "expected", "outcomes")),
                challenge.searchTerms().toString());
        Challenge copy = Challenge.fromTemplate("ocds-sfide-2", 9L, challenge, "buyer3", NOW);
        assertEquals("The need", copy.getNeedEn());
        assertEquals("Expected outcomes", copy.getExpectedOutcomesEn());

        ChallengeContent c = challenge.content();
        challenge.amendTexts(new ChallengeContent(c.type(), c.titleIt(), c.titleEn(), c.summaryIt(), c.summaryEn(),
                c.need(), "The need, corrected", c.expectedOutcomes(), "Outcomes, corrected", null, null, null, null,
                c.themes(), null, c.requiredDocuments(), null, null, null, null, false, null, null), NOW);
        assertEquals("The need, corrected", challenge.need(java.util.Locale.ENGLISH));
        assertEquals("Outcomes, corrected", challenge.getExpectedOutcomesEn());
        ChallengeContent noEnglish = new ChallengeContent(c.type(), c.titleIt(), c.titleEn(), c.summaryIt(),
                c.summaryEn(), c.need(), "", null, null, null, null, null, null, null, null, null, null, null, null,
                null, false, null, null);
        assertEquals("needEn", assertThrows(ValidationFailure.class,
                () -> challenge.amendTexts(noEnglish, NOW)).problems().get(0).field(),
                "an amendment keeps the English need filled");
    }

    @Test
    void anAmendmentChangesTheTextsButNeverTheRulesProposalsAreJudgedBy() {
        Challenge challenge = published();
        ChallengeContent changed = new ChallengeContent(ChallengeType.PCP, "Nuovo titolo", "New title", "Sintesi",
                "Summary", "Il bisogno, corretto", "The need, corrected", null, null, new BigDecimal("1"), null, 1, 2,
                List.of("energy"), null,
                List.of(), List.of(), List.of(new Criterion("Altro", "Other", 100, null)), 10, TieBreak.DRAW, false,
                null, null);
        challenge.amendTexts(changed, NOW);
        assertEquals("Il bisogno, corretto", challenge.getNeed());
        assertEquals(List.of("energy"), challenge.getThemes());
        assertEquals(ChallengeType.CHALLENGE_PRIZE, challenge.getType());
        assertEquals(new BigDecimal("300000"), challenge.getBudget());
        assertEquals(2, challenge.getCriteria().size());
        assertEquals(1, challenge.getPhases().size());
        ChallengeContent blank = new ChallengeContent(ChallengeType.PCP, "", "New title", "Sintesi", "Summary",
                "Bisogno", "Need", null, null, null, null, null, null, null, null, null, null, null, null, null,
                false, null, null);
        assertEquals("challenge.missing.title", assertThrows(ValidationFailure.class,
                () -> challenge.amendTexts(blank, NOW)).problems().get(0).messageKey());
        Challenge draft = draft(complete(ChallengeType.PPI, 1));
        assertThrows(SfideException.class, () -> draft.amendTexts(changed, NOW), "a draft is simply revised");
    }

    @Test
    void aTemplateCopiesTextsAndRulesButNotDatesOrCodesAndCreditsItsOrigin() {
        Challenge origin = published();
        Challenge copy = Challenge.fromTemplate("ocds-sfide-2", 9L, origin, "buyer3", NOW);
        assertEquals(ChallengeStatus.DRAFT, copy.getStatus());
        assertEquals(9L, copy.getBuyerId());
        assertEquals(origin.getTitleIt(), copy.getTitleIt());
        assertEquals(2, copy.getCriteria().size());
        assertTrue(copy.getPhases().isEmpty());
        assertEquals(null, copy.getCig());
        assertEquals(origin.getId(), copy.getOriginId());
        assertThrows(SfideException.class,
                () -> Challenge.fromTemplate("ocds-sfide-3", 9L, draft(complete(ChallengeType.PPI, 1)), "b", NOW));
    }

    @Test
    void searchTermsFoldAccentsAndCaseAndDropSingleLetters() {
        assertEquals(java.util.Set.of("citta", "sostenibilita", "mobilite", "e2e"),
                SearchTerms.of("Città: SOSTENIBILITÀ, e mobilité!", "E2E"));
        assertEquals(SearchTerms.MAX_QUERY_WORDS, SearchTerms.ofQuery("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10").size());
        assertTrue(SearchTerms.of("x".repeat(60)).iterator().next().length() == SearchTerms.MAX_LENGTH);
        assertTrue(SearchTerms.ofQuery(null).isEmpty());
    }

    @Test
    void fourEyesReuseAndCancellingAreDecidedByTheAggregateAndItsStatus() {
        Challenge challenge = draft(complete(ChallengeType.CHALLENGE_PRIZE, 1));
        assertFalse(challenge.awaitsApprovalBy("buyer2"), "nobody asked yet");
        challenge.requestPublication("buyer1", NOW);
        assertFalse(challenge.awaitsApprovalBy("buyer1"), "the one who asked cannot approve");
        assertTrue(challenge.awaitsApprovalBy("buyer2"));
        assertFalse(challenge.isReusable(), "a draft is no template");
        challenge.approveAndPublish("buyer2", NOW);
        assertFalse(challenge.awaitsApprovalBy("buyer3"), "published: nothing to approve");
        assertTrue(challenge.isReusable());
        assertTrue(challenge.getStatus().isActive() && challenge.getStatus().isPublic());

        Challenge dropped = draft(complete(ChallengeType.PCP, 1));
        dropped.cancel("Fondi revocati", NOW);
        assertFalse(dropped.getStatus().isActive());
        assertEquals("challenge.error.templateDraft", assertThrows(SfideException.class,
                () -> Challenge.fromTemplate("ocds-sfide-4", 9L, dropped, "b", NOW)).messageKey(),
                "a draft cancelled before publication was never published, so it is no template");
        assertFalse(ChallengeStatus.publiclyListed().contains(ChallengeStatus.DRAFT));
        assertEquals(ChallengeStatus.values().length - 1, ChallengeStatus.publiclyListed().size());
    }

    /** A complete PCP whose general criteria are followed by the given ones (each of a phase, or general). */
    private static ChallengeContent pcpWith(List<Criterion> more) {
        ChallengeContent c = complete(ChallengeType.PCP, 3);
        List<Criterion> criteria = new java.util.ArrayList<>(c.criteria());
        criteria.addAll(more);
        return withCriteria(c, ChallengeType.PCP, criteria);
    }

    private static ChallengeContent withCriteria(ChallengeContent c, ChallengeType type, List<Criterion> criteria) {
        return new ChallengeContent(type, c.titleIt(), c.titleEn(), c.summaryIt(), c.summaryEn(), c.need(),
                c.needEn(), c.expectedOutcomes(), c.expectedOutcomesEn(), c.budget(), c.awardValue(), c.trlMin(),
                c.trlMax(), c.themes(), c.region(), c.requiredDocuments(), c.phases(), criteria, c.overallThreshold(),
                c.tieBreak(), c.blindReview(),
                c.cig(), c.cup());
    }

    private static List<Criterion> prototypeCriteria(int lastWeight) {
        return List.of(new Criterion("Risultati del prototipo", "Prototype results", 40, 20, 2),
                new Criterion("Piano di collaudo", "Field-test plan", 30, null, 2),
                new Criterion("Costo del ciclo di vita", "Life-cycle cost", lastWeight, null, 2));
    }

    @Test
    void onlyAPcpsLaterPhasesHaveCriteriaOfTheirOwnRefusedOnTheCriterionsPhase() {
        ChallengeContent prize = complete(ChallengeType.CHALLENGE_PRIZE, 1);
        List<Criterion> withPhase = new java.util.ArrayList<>(prize.criteria());
        withPhase.add(new Criterion("Prototipo", "Prototype", 100, null, 2));
        ValidationFailure notPcp = assertThrows(ValidationFailure.class,
                () -> draft(withCriteria(prize, ChallengeType.CHALLENGE_PRIZE, withPhase)));
        assertEquals(List.of("criteria[2].phase"), notPcp.problems().stream().map(SfideException::field).toList());
        assertEquals("challenge.error.criterionPhaseType", notPcp.problems().get(0).messageKey());

        ValidationFailure outside = assertThrows(ValidationFailure.class, () -> draft(pcpWith(List.of(
                new Criterion("Fase uno", "Phase one", 100, null, 1),
                new Criterion("Fase quattro", "Phase four", 100, null, 4),
                new Criterion("Pesante", "Heavy", 0, null, 3)))));
        assertEquals(List.of("criteria[2].phase", "criteria[3].phase", "criteria[4].weight"),
                outside.problems().stream().map(SfideException::field).toList(),
                "phase 1 uses the general criteria; the usual rules hold for a phase's criteria too");
        assertEquals("challenge.error.criterionPhase", outside.problems().get(0).messageKey());
        assertEquals(3, outside.problems().get(0).arguments()[0]);

        Challenge challenge = draft(complete(ChallengeType.PCP, 3));
        challenge.revise(pcpWith(prototypeCriteria(30)), NOW);
        assertEquals(java.util.Arrays.asList(null, null, 2, 2, 2),
        challenge.getCriteria().stream().map(Criterion::getPhase)
                .toList());
        assertEquals(List.of(2), challenge.phasesWithOwnCriteria());
        assertTrue(challenge.missingForPublication(NOW).isEmpty());
    }

    @Test
    void eachPhaseWithCriteriaOfItsOwnNeedsWeightsSummingTo100ToPublish() {
        Challenge uneven = draft(pcpWith(prototypeCriteria(20)));
        List<SfideException> missing = uneven.missingForPublication(NOW);
        assertEquals(1, missing.size(), missing.toString());
        assertEquals("criteria", missing.get(0).field());
        assertEquals("challenge.error.phaseWeightsSum", missing.get(0).messageKey());
        assertEquals(List.of(2, 90), List.of(missing.get(0).arguments()), "names the phase and its sum");
        assertThrows(ValidationFailure.class, () -> uneven.requestPublication("buyer1", NOW));

        List<Criterion> generalUneven = new java.util.ArrayList<>(prototypeCriteria(30));
        generalUneven.add(0, new Criterion("Qualità", "Quality", 70, null));
        SfideException general = draft(withCriteria(complete(ChallengeType.PCP, 3), ChallengeType.PCP,
                generalUneven)).missingForPublication(NOW).get(0);
        assertEquals("challenge.error.generalWeightsSum", general.messageKey());
        assertEquals(70, general.arguments()[0]);

        SfideException noGeneral = draft(withCriteria(complete(ChallengeType.PCP, 3), ChallengeType.PCP,
                prototypeCriteria(30))).missingForPublication(NOW).get(0);
        assertEquals("challenge.missing.generalCriteria", noGeneral.messageKey(), "phase 1 has nothing to judge by");
    }

    @Test
    void aPhaseIsJudgedByItsOwnCriteriaOrElseByTheGeneralOnes() {
        Challenge challenge = draft(pcpWith(prototypeCriteria(30)));
        assertEquals(List.of("Qualità", "Impatto"), names(challenge.criteriaOf(1)));
        assertEquals(List.of("Risultati del prototipo", "Piano di collaudo", "Costo del ciclo di vita"),
                names(challenge.criteriaOf(2)));
        assertEquals(List.of("Qualità", "Impatto"), names(challenge.criteriaOf(3)), "no criteria of its own");
        assertEquals(List.of("Qualità", "Impatto"), names(draft(complete(ChallengeType.PCP, 3)).criteriaOf(2)));
    }

    @Test
    void copiesAndAmendmentsKeepEachCriterionsPhase() {
        Challenge origin = draft(pcpWith(prototypeCriteria(30)));
        origin.requestPublication("buyer1", NOW);
        origin.approveAndPublish("buyer2", NOW);
        Challenge copy = Challenge.fromTemplate("ocds-sfide-2", 9L, origin, "buyer3", NOW);
        assertEquals(java.util.Arrays.asList(null, null, 2, 2, 2),
        copy.getCriteria().stream().map(Criterion::getPhase).toList());
        assertEquals(names(origin.criteriaOf(2)), names(copy.criteriaOf(2)));

        origin.amendTexts(new ChallengeContent(ChallengeType.PCP, "Nuovo titolo", "New title", "Sintesi", "Summary",
                "Il bisogno", "The need", null, null, null, null, null, null, null, null, null, null, null, null, null,
                false, null, null), NOW);
        assertEquals(List.of(2), origin.phasesWithOwnCriteria(), "an amendment leaves the criteria alone");
        assertEquals(java.util.Arrays.asList(null, null, 2, 2, 2),
                origin.content().criteria().stream().map(Criterion::getPhase).toList(), "the form shows them");
    }

    private static List<String> names(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::getNameIt).toList();
    }

    private static Challenge published() {
        Challenge challenge = draft(complete(ChallengeType.CHALLENGE_PRIZE, 1));
        challenge.requestPublication("buyer1", NOW);
        challenge.approveAndPublish("buyer2", NOW);
        return challenge;
    }
}
