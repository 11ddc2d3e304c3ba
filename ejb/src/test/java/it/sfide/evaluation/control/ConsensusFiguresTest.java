package it.sfide.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.sfide.evaluation.AssignmentStatus;
import it.sfide.evaluation.EvaluationCriterion;
import it.sfide.evaluation.EvaluationRules;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.boundary.ConsensusBoard;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures over the whole committee, computed from the scores alone: each evaluator's calibration
 * against the others on the same proposals and criteria, and how the submitted scores fall on the scale.
 */
class ConsensusFiguresTest {

    private static final EvaluationRules RULES = EvaluationRules.defaults();
    private static final List<EvaluationCriterion> CRITERIA = List.of(
            new EvaluationCriterion(1, "Qualità tecnica", "Technical quality", 60, null),
            new EvaluationCriterion(2, "Impatto", "Impact", 40, null));

    @Test
    void anEvaluatorAPointAndMoreUnderTheOthersIsFlaggedAndTheOthersAreNot() {
        List<Member> members = List.of(member(1, "Anna", true), member(2, "Bruno", false), member(3, "Carla", false),
                member(4, "Dario", false));
        List<ConsensusFigures.Sheet> sheets = new ArrayList<>();
        for (long proposal = 10; proposal < 13; proposal++) {
            sheets.add(sheet(2, proposal, AssignmentStatus.SUBMITTED, "4.0", "4.5"));
            sheets.add(sheet(3, proposal, AssignmentStatus.SUBMITTED, "4.0", "4.0"));
            sheets.add(sheet(4, proposal, AssignmentStatus.SUBMITTED, "3.0", "3.0"));
        }
        // a draft counts toward the load, never toward the figures
        sheets.add(sheet(4, 13, AssignmentStatus.DRAFT, "0.0", "0.0"));

        List<ConsensusBoard.Calibration> calibration = ConsensusFigures.calibration(members, sheets, CRITERIA, RULES);
        assertEquals(3, calibration.size(), "the chair is not an evaluator");
        ConsensusBoard.Calibration dario = calibration.get(2);
        assertEquals("Dario", dario.evaluator());
        assertEquals(6, dario.compared(), "3 proposals × 2 criteria");
        // against the others' mean: 4.0 and 4.25, so −1.0 and −1.25 three times each
        assertEquals(new BigDecimal("-1.13"), dario.meanDeviation());
        assertTrue(dario.apart());
        assertEquals(4, dario.assigned());
        assertEquals(3, dario.submitted());
        // Bruno sits above the others' mean, pulled down by Dario: +0.5 and +1.0, under the tolerance of 1.0
        assertEquals(new BigDecimal("0.75"), calibration.get(0).meanDeviation());
        assertFalse(calibration.get(0).apart(), calibration.toString());
        assertFalse(calibration.get(1).apart(), calibration.toString());
    }

    @Test
    void theDistributionCountsEachSubmittedScoreOnItsStep() {
        List<ConsensusFigures.Sheet> sheets = List.of(sheet(2, 10, AssignmentStatus.SUBMITTED, "4.0", "4.5"),
                sheet(3, 10, AssignmentStatus.SUBMITTED, "4.0", "0.0"),
                sheet(4, 10, AssignmentStatus.DRAFT, "1.0", "1.0"));
        List<ConsensusBoard.Distribution> d = ConsensusFigures.distributions(sheets, CRITERIA, RULES, Locale.ENGLISH);
        assertEquals(11, d.get(0).steps().size(), "0 to 5 in half points");
        assertEquals("Technical quality", d.get(0).name());
        assertEquals(2, d.get(0).counts().get(8), "two scores of 4.0");
        assertEquals(0, d.get(0).counts().get(2), "the draft's 1.0 is not counted");
        assertEquals(1, d.get(1).counts().get(0));
        assertEquals(1, d.get(1).counts().get(9));
        assertEquals(2, d.get(1).counts().stream().mapToInt(Integer::intValue).sum());
    }

    private static ConsensusFigures.Sheet sheet(long member, long candidate, AssignmentStatus status, String first,
            String second) {
        return new ConsensusFigures.Sheet(member, candidate, status,
                Map.of(1, new BigDecimal(first), 2, new BigDecimal(second)));
    }

    private static Member member(long id, String name, boolean chair) {
        Member m = Member.appointed(1, 100 + id, name, chair);
        try {
            Field field = Member.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(m, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return m;
    }
}
