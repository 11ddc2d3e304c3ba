package it.sfide.evaluation.boundary;

import it.sfide.evaluation.AssignmentStatus;
import it.sfide.evaluation.CommitteeStatus;
import it.sfide.evaluation.ConsensusStatus;
import it.sfide.evaluation.EvaluationRules;
import java.math.BigDecimal;
import java.util.List;

/**
 * The chair's consensus view: for every proposal the individual reports side by side, each criterion's mean and
 * spread (wide spreads highlighted), the consensus proposed and the members' answers; per evaluator how far their
 * scores sit from the others' (calibration); per criterion how the scores are distributed; the progress of each
 * evaluator.
 */
public record ConsensusBoard(long committeeId, String challengeTitle, CommitteeStatus status, boolean blind,
        EvaluationRules rules, List<CommitteeView.CriterionView> criteria, List<Proposal> proposals,
        List<Calibration> calibration, List<Distribution> distributions, boolean rankable,
        String reportProtocol) {

    public record Proposal(long candidateId, String code, String applicant, boolean complete, List<Report> reports,
            List<Stats> stats, ConsensusStatus status, List<ScoreEntry> consensus, BigDecimal total,
            Boolean fundable, Integer rank, List<Vote> votes) {
    }

    /** One evaluator's report: scores and comments in criterion order (null while not written). */
    public record Report(long memberId, String evaluator, AssignmentStatus status, List<BigDecimal> scores,
            List<String> comments, int revisions) {
    }

    /** A criterion over the submitted reports of a proposal; wide when the spread exceeds the tolerance. */
    public record Stats(int criterion, BigDecimal mean, BigDecimal min, BigDecimal max, BigDecimal spread,
            boolean wide) {
    }

    public record Vote(long memberId, String member, boolean agree, String dissent) {
    }

    /**
     * An evaluator's scores against the other evaluators' mean on the same proposal and criterion: the mean
     * difference over {@code compared} scores; apart when its size exceeds the tolerance (at least 3 compared).
     */
    public record Calibration(long memberId, String evaluator, int compared, BigDecimal meanDeviation,
            boolean apart, int assigned, int submitted) {
    }

    /** How many submitted scores of a criterion fell on each step of the scale, lowest first. */
    public record Distribution(int criterion, String name, List<BigDecimal> steps, List<Integer> counts) {
    }
}
