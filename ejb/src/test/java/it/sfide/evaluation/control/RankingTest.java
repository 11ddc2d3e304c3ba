package it.sfide.evaluation.control;

import it.sfide.challenge.TieBreak;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RankingTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    private static Ranking.Entry e(long id, String total, boolean fundable, int secondsAfter, String... weighted) {
        return new Ranking.Entry(id, new BigDecimal(total), Arrays.stream(weighted).map(BigDecimal::new).toList(),
                fundable, T.plusSeconds(secondsAfter));
    }

    @Test
    void ranksFundableProposalsByTotalAndLeavesTheOthersUnranked() {
        Map<Long, Integer> r = Ranking.rank(List.of(e(1, "70", true, 0, "40", "30"), e(2, "85", true, 5, "50", "35"),
                e(3, "90", false, 1, "60", "30")), TieBreak.FIRST_CRITERION);
        assertEquals(1, r.get(2L));
        assertEquals(2, r.get(1L));
        assertNull(r.get(3L), "below a threshold: not ranked, whatever its total");
    }

    @Test
    void aTieGoesToTheHigherScoreOnTheFirstCriterion() {
        Map<Long, Integer> r = Ranking.rank(List.of(e(1, "80", true, 0, "40", "40"), e(2, "80", true, 9, "48", "32")),
                TieBreak.FIRST_CRITERION);
        assertEquals(1, r.get(2L));
        assertEquals(2, r.get(1L));
    }

    @Test
    void aTieGoesToTheEarliestSubmissionWhenTheChallengeSaysSo() {
        Map<Long, Integer> r = Ranking.rank(List.of(e(1, "80", true, 30, "40", "40"), e(2, "80", true, 9, "48", "32")),
                TieBreak.EARLIEST_SUBMISSION);
        assertEquals(1, r.get(2L));
        assertEquals(2, r.get(1L));
    }

    @Test
    void aDrawLeavesEqualTotalsOnTheSamePosition() {
        Map<Long, Integer> r = Ranking.rank(List.of(e(1, "80", true, 30), e(2, "80", true, 9), e(3, "60", true, 1)),
                TieBreak.DRAW);
        assertEquals(1, r.get(1L));
        assertEquals(1, r.get(2L));
        assertEquals(3, r.get(3L));
    }
}
