package it.sfide.evaluation.boundary;

import it.sfide.evaluation.AssignmentStatus;
import it.sfide.evaluation.CommitteeStatus;
import it.sfide.evaluation.ConsensusStatus;
import it.sfide.evaluation.EvaluationRules;
import java.math.BigDecimal;
import java.util.List;

/**
 * The chair's consensus view. Over the whole committee: where the proposals stand ({@code progress}), per evaluator
 * how far their scores sit from the others' (calibration) and how much is done, per criterion how the scores are
 * distributed. Then one page of the proposals that match {@code show} ({@code matching} of them, in code order):
 * for each the individual reports side by side, each criterion's mean and spread (wide spreads highlighted), the
 * consensus proposed and the members' answers. A page, so that a call of thousands of proposals answers at once.
 */
public record ConsensusBoard(long committeeId, String challengeTitle, CommitteeStatus status, boolean blind,
        EvaluationRules rules, List<CommitteeView.CriterionView> criteria, Progress progress, Show show, int page,
        int size, int matching, List<Proposal> proposals, List<Calibration> calibration,
        List<Distribution> distributions, boolean rankable) {

    /** The default and the largest page of proposals. */
    public static final int PAGE = 10;
    public static final int MAX_PAGE = 50;

    /** Which proposals the page lists. */
    public enum Show {
        /** every proposal */
        ALL,
        /** every evaluation in, no consensus proposed yet */
        TO_PROPOSE,
        /** evaluations still missing */
        INCOMPLETE,
        /** a consensus proposed, answers awaited */
        PROPOSED,
        /** the consensus is final */
        FINAL,
        /** a criterion whose scores spread beyond the tolerance */
        WIDE
    }

    /** How many proposals stand where (each also under {@link Show}). */
    public record Progress(int proposals, int toPropose, int incomplete, int proposed, int agreed, int wide) {

        public int count(Show show) {
            return switch (show) {
                case ALL -> proposals;
                case TO_PROPOSE -> toPropose;
                case INCOMPLETE -> incomplete;
                case PROPOSED -> proposed;
                case FINAL -> agreed;
                case WIDE -> wide;
            };
        }
    }

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
