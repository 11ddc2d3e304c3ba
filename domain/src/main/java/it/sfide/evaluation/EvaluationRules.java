package it.sfide.evaluation;

import it.sfide.shared.ValidationFailure;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a committee works, set when it is appointed: evaluators per proposal, the scoring scale (0 to a maximum in
 * steps), the shortest comment accepted per criterion, how far a consensus score may depart from the evaluators'
 * mean without a reason, and how many days applicants have to appeal after the results.
 */
public record EvaluationRules(int evaluatorsPerProposal, BigDecimal scaleMax, BigDecimal scaleStep,
        int minCommentLength, BigDecimal consensusTolerance, int appealDays) {

    /** The defaults: 3 evaluators, 0–5 in half points, 30 characters of comment, 1 point, 30 days. */
    public static EvaluationRules defaults() {
        return new EvaluationRules(3, new BigDecimal("5.0"), new BigDecimal("0.5"), 30, new BigDecimal("1.0"), 30);
    }

    /** Checks the rules, field by field. */
    public EvaluationRules checked() {
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        problems.check(evaluatorsPerProposal >= 1 && evaluatorsPerProposal <= 10, "evaluatorsPerProposal",
                "evaluation.error.perProposal");
        boolean scale = scaleMax != null && scaleStep != null && scaleStep.signum() > 0
                && scaleMax.compareTo(BigDecimal.ONE) >= 0 && scaleMax.compareTo(new BigDecimal("100")) <= 0
                && scaleMax.scale() <= 1 && scaleStep.stripTrailingZeros().scale() <= 1
                && scaleMax.remainder(scaleStep).signum() == 0;
        problems.check(scale, "scaleMax", "evaluation.error.scale");
        problems.check(minCommentLength >= 0 && minCommentLength <= 2000, "minCommentLength",
                "evaluation.error.minComment");
        problems.check(consensusTolerance != null && consensusTolerance.signum() >= 0, "consensusTolerance",
                "evaluation.error.tolerance");
        problems.check(appealDays >= 1 && appealDays <= 120, "appealDays", "evaluation.error.appealDays");
        problems.throwIfAny();
        return new EvaluationRules(evaluatorsPerProposal, scaleMax.setScale(1, RoundingMode.UNNECESSARY),
                scaleStep.setScale(1, RoundingMode.UNNECESSARY), minCommentLength,
                consensusTolerance.setScale(1, RoundingMode.HALF_UP), appealDays);
    }

    /** Whether a score is on the scale: between 0 and the maximum, a whole number of steps. */
    public boolean onScale(BigDecimal score) {
        return score != null && score.signum() >= 0 && score.compareTo(scaleMax) <= 0
                && score.remainder(scaleStep).signum() == 0;
    }
}
