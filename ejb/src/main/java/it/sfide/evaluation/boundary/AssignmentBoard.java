package it.sfide.evaluation.boundary;

import it.sfide.evaluation.AssignmentStatus;
import it.sfide.evaluation.ConflictSource;
import java.util.List;

/**
 * The chair's view of who evaluates what: per proposal its evaluators and their progress, conflicts, and per
 * evaluator their load; with the rules every change must keep (N evaluators per proposal, loads within one).
 */
public record AssignmentBoard(long committeeId, int evaluatorsPerProposal, List<Evaluator> evaluators,
        List<Row> rows, int minLoad, int maxLoad, long undecided) {

    /** A declared evaluator and how much they have. */
    public record Evaluator(long memberId, String name, int load, int submitted) {
    }

    /** A proposal: its evaluators and the members in conflict with it. */
    public record Row(long candidateId, String code, String applicant, List<Cell> assigned, List<Blocked> conflicts) {
    }

    public record Cell(long memberId, String name, AssignmentStatus status, boolean manual) {
    }

    public record Blocked(long memberId, String name, ConflictSource source) {
    }
}
