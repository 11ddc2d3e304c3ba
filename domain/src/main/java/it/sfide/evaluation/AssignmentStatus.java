package it.sfide.evaluation;

/**
 * An evaluator's work on one proposal: assigned (nothing written), draft (scores saved, still editable),
 * submitted (the individual report is locked; a change needs a reason and is kept in the history), withdrawn
 * (the evaluator recused or was replaced; the work went to someone else).
 */
public enum AssignmentStatus {
    ASSIGNED, DRAFT, SUBMITTED, WITHDRAWN;

    /** Counts toward the proposal's evaluators and the evaluator's load. */
    public boolean isActive() {
        return this != WITHDRAWN;
    }
}
