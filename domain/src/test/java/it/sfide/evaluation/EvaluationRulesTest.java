package it.sfide.evaluation;

import it.sfide.challenge.TieBreak;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final EvaluationRules RULES = EvaluationRules.defaults();
    private static final List<EvaluationCriterion> CRITERIA = List.of(
            new EvaluationCriterion(1, "Qualità tecnica", "Technical quality", 60, 30),
            new EvaluationCriterion(2, "Impatto", "Impact", 40, null));

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Set<String> fields(Runnable r) {
        ValidationFailure f = assertThrows(ValidationFailure.class, r::run);
        return f.problems().stream().map(p -> p.field() + ":" + p.messageKey())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void scoresMustBeOnTheScaleInItsSteps() {
        assertTrue(RULES.onScale(d("0")));
        assertTrue(RULES.onScale(d("3.5")));
        assertTrue(RULES.onScale(d("5.0")));
        assertFalse(RULES.onScale(d("3.3")));
        assertFalse(RULES.onScale(d("5.5")));
        assertFalse(RULES.onScale(d("-0.5")));
    }

    @Test
    void aScaleWhoseStepDoesNotDivideItsMaximumIsRefused() {
        EvaluationRules bad = new EvaluationRules(3, d("5"), d("0.7"), 30, d("1"), 30);
        assertTrue(fields(bad::checked).contains("scaleMax:evaluation.error.scale"));
    }

    @Test
    void aDraftKeepsWhatIsRightAndASubmissionNeedsEveryScoreAndLongEnoughComments() {
        Assignment a = new Assignment(1, 2, 3, false, NOW);
        a.saveDraft(List.of(new CriterionScore(1, d("3.5"), "Prima impressione")), CRITERIA, RULES, NOW);
        assertEquals(AssignmentStatus.DRAFT, a.getStatus());
        Set<String> problems = fields(() -> a.submit(List.of(new CriterionScore(1, d("3.3"), "corto")), CRITERIA,
                RULES, NOW));
        assertTrue(problems.contains("scores[1].score:evaluation.error.offScale"), problems.toString());
        assertTrue(problems.contains("scores[1].comment:evaluation.error.commentShort"), problems.toString());
        assertTrue(problems.contains("scores[2].score:evaluation.error.scoreMissing"), problems.toString());
        assertEquals(AssignmentStatus.DRAFT, a.getStatus(), "a refused submission changes nothing");
        assertEquals(d("3.5"), a.score(1).orElseThrow());
    }

    @Test
    void aSubmittedReportLocksAndChangesOnlyWithAReasonKeepingTheEarlierScores() {
        Assignment a = new Assignment(1, 2, 3, false, NOW);
        String comment = "x".repeat(40);
        a.submit(List.of(new CriterionScore(1, d("4"), comment), new CriterionScore(2, d("3.5"), comment)), CRITERIA,
                RULES, NOW);
        SfideException locked = assertThrows(SfideException.class, () -> a.saveDraft(List.of(), CRITERIA, RULES, NOW));
        assertEquals("evaluation.error.reportLocked", locked.messageKey());
        assertThrows(SfideException.class, () -> a.revise(List.of(), " ", CRITERIA, RULES, 9, NOW));
        ReportRevision r = a.revise(List.of(new CriterionScore(1, d("4.5"), comment),
                new CriterionScore(2, d("3.5"), comment)), "Riletto l'allegato", CRITERIA, RULES, 9, NOW);
        assertEquals("1=4.0; 2=3.5", r.getPreviousScores());
        assertEquals(1, a.getRevisions());
        assertEquals(d("4.5"), a.score(1).orElseThrow());
    }

    @Test
    void aConsensusDepartingFromTheMeanNeedsAReasonAndATotalUnderAThresholdIsNotFundable() {
        Candidate c = new Candidate(1, 2, "P-01", 3, "2026/1", NOW);
        Map<Integer, BigDecimal> means = Map.of(1, d("3.50"), 2, d("2.00"));
        Set<String> problems = fields(() -> c.proposeConsensus(List.of(new ConsensusScore(1, d("2"), "Motivato", null),
                new ConsensusScore(2, d("2"), "Motivato", null)), means, CRITERIA, RULES, 60, NOW));
        assertEquals(Set.of("consensus[1].reason:evaluation.error.consensusReason"), problems);
        c.proposeConsensus(List.of(new ConsensusScore(1, d("2"), "Motivato", "Non fattibile nei tempi"),
                new ConsensusScore(2, d("2"), "Motivato", null)), means, CRITERIA, RULES, 60, NOW);
        assertEquals(0, d("40.00").compareTo(c.getTotal()));
        assertFalse(c.getFundable(), "24 of 60 on the first criterion is under its threshold of 30");
        c.settle();
        c.ranked(null);
        assertTrue(c.isFinal());
    }

    @Test
    void theTotalIsTheWeightedSumOutOfAHundred() {
        Candidate c = new Candidate(1, 2, "P-01", 3, "2026/1", NOW);
        c.proposeConsensus(List.of(new ConsensusScore(1, d("4"), "a", null), new ConsensusScore(2, d("3.5"), "b", null)),
                Map.of(), CRITERIA, RULES, 60, NOW);
        assertEquals(0, d("76").compareTo(c.getTotal()));
        assertTrue(c.getFundable());
    }

    @Test
    void anAppealIsOpenUntilTheLastMillisecondOfTheWindow() {
        Award award = new Award(1, 1, List.of(new AwardWinner(5, d("1000"))), Set.of(5L), false, d("5000"), null, 7,
                NOW, 30);
        Instant until = NOW.plus(Duration.ofDays(30));
        assertTrue(award.appealOpen(until.minusMillis(1)));
        assertFalse(award.appealOpen(until));
    }

    @Test
    void anAwardStaysWithinTheBudgetRankedProposalsAndTheTypesNumberOfWinners() {
        assertEquals("evaluation.error.overBudget", assertThrows(SfideException.class, () -> new Award(1, 1,
                List.of(new AwardWinner(5, d("6000"))), Set.of(5L), true, d("5000"), null, 7, NOW, 30)).messageKey());
        assertEquals("evaluation.error.notRanked", assertThrows(SfideException.class, () -> new Award(1, 1,
                List.of(new AwardWinner(6, d("10"))), Set.of(5L), true, null, null, 7, NOW, 30)).messageKey());
        assertEquals("evaluation.error.oneWinner", assertThrows(SfideException.class, () -> new Award(1, 1,
                List.of(new AwardWinner(5, d("10")), new AwardWinner(6, d("10"))), Set.of(5L, 6L), false, null, null,
                7, NOW, 30)).messageKey());
        assertEquals("evaluation.error.reasonRequired", assertThrows(SfideException.class, () -> new Award(1, 2,
                List.of(new AwardWinner(5, d("10"))), Set.of(5L), true, null, null, 7, NOW, 30)).messageKey());
    }

    @Test
    void theChairCannotRecuseAndARecusalNeedsAReason() {
        Member chair = Member.appointed(1, 2, "Marco Rossi", true);
        assertThrows(SfideException.class, () -> chair.recuse("motivo", NOW));
        Member m = Member.appointed(1, 3, "Anna Moretti", false);
        assertThrows(SfideException.class, () -> m.recuse(" ", NOW));
        m.recuse("Ho lavorato con il capofila", NOW);
        assertEquals(MemberStatus.RECUSED, m.getStatus());
    }

    @Test
    void committeeCriteriaMustWeighAHundred() {
        assertThrows(SfideException.class, () -> new Committee(1, 1, 2, List.of(new EvaluationCriterion(1, "a", "a",
                50, null)), null, TieBreak.DRAW, false, RULES, 3, NOW));
    }

    @Test
    void anAffiliationMatchesTheOrganisationsNameWhateverTheCaseAndPunctuation() {
        Expertise e = new Expertise(7, NOW);
        e.declare(List.of("mobility", "Not a theme!"), "sensori, IoT, sensori", "Politecnico di Milano\nACME s.r.l.",
                NOW);
        assertEquals(List.of("mobility"), e.getThemes());
        assertEquals(List.of("sensori", "iot"), e.getKeywords());
        assertTrue(e.affiliatedWith("POLITECNICO DI MILANO", null));
        assertTrue(e.affiliatedWith("Acme S.R.L.", null));
        assertFalse(e.affiliatedWith("Politecnico di Torino", null));
    }
}
