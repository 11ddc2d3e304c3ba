package it.sfide.challenge.boundary;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeContent;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Criterion;
import it.sfide.challenge.Phase;
import it.sfide.challenge.TieBreak;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The criteria a phase is judged by, as the view gives them to the pages, the API and the evaluation area. */
class ChallengeViewTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static ChallengeView view(List<Criterion> criteria) throws ReflectiveOperationException {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            phases.add(new Phase(i + 1, NOW.plus(Duration.ofDays(30L * i)), NOW.plus(Duration.ofDays(30L * i + 20)),
                    new BigDecimal("100000")));
        }
        Challenge challenge = new Challenge("ocds-sfide-1", 7L, new ChallengeContent(ChallengeType.PCP, "Titolo",
                "Title", "Sintesi", "Summary", "Bisogno", "The need", "Risultati attesi", null,
                new BigDecimal("300000"), null, 4, 7, List.of(), null,
                List.of(), phases, criteria, 60, TieBreak.FIRST_CRITERION, false, null, null), "buyer1", NOW);
        var id = Challenge.class.getDeclaredField("id");   // given by the database
        id.setAccessible(true);
        id.set(challenge, 42L);
        return ChallengeView.of(challenge, "Regione Lombardia", List.of(), List.of(), null,
                new ChallengeView.Rights(false, false, false, false), NOW);
    }

    private static List<String> names(List<ChallengeView.CriterionView> criteria) {
        return criteria.stream().map(ChallengeView.CriterionView::nameEn).toList();
    }

    @Test
    void eachPhaseIsJudgedByItsOwnCriteriaOrElseByTheGeneralOnes() throws Exception {
        ChallengeView view = view(List.of(new Criterion("Qualità", "Quality", 60, 30),
                new Criterion("Risultati del prototipo", "Prototype results", 40, 20, 2),
                new Criterion("Impatto", "Impact", 40, null),
                new Criterion("Piano di collaudo", "Field-test plan", 60, null, 2)));
        assertEquals(Arrays.asList(null, 2, null, 2), view.criteria().stream()
                .map(ChallengeView.CriterionView::phase).toList(), "every criterion, in order, with its phase");
        assertEquals(List.of("Quality", "Impact"), names(view.criteriaOf(1)));
        assertEquals(List.of("Prototype results", "Field-test plan"), names(view.criteriaOf(2)));
        assertEquals(List.of("Quality", "Impact"), names(view.criteriaOf(3)), "phase 3 has none of its own");
        assertEquals(List.of("Quality", "Impact"), names(view.generalCriteria()));
        assertEquals(1, view.phaseCriteria().size());
        assertEquals(2, view.phaseCriteria().get(0).phase());
        assertEquals(names(view.criteriaOf(2)), names(view.phaseCriteria().get(0).criteria()));
    }

    @Test
    void theNeedAndOutcomesAreShownInTheReadersLanguageOrInItalianWhileTheEnglishIsEmpty() throws Exception {
        ChallengeView view = view(List.of());
        assertEquals("The need", view.need(java.util.Locale.ENGLISH));
        assertEquals("Bisogno", view.need(java.util.Locale.ITALIAN));
        assertEquals("Risultati attesi", view.expectedOutcomes(java.util.Locale.ENGLISH), "no English outcomes yet");
        assertEquals("The need", view.needEn(), "the API gives both");
        assertEquals("Bisogno", view.need());
    }

    @Test
    void withoutPhaseCriteriaEveryPhaseJudgesByAllOfThem() throws Exception {
        ChallengeView view = view(List.of(new Criterion("Qualità", "Quality", 60, 30),
                new Criterion("Impatto", "Impact", 40, null)));
        for (int phase = 1; phase <= 3; phase++) {
            assertEquals(view.criteria(), view.criteriaOf(phase));
        }
        assertTrue(view.phaseCriteria().isEmpty());
    }
}
