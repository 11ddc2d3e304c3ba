package it.sfide.evaluation;

/**
 * Where a committee's work is: appointed (members declare their conflicts), assigned (evaluators score), in
 * consensus (the chair proposes the committee's scores), reported (ranked; the committee report waits for every
 * member's signature, then for the buyer's approval), approved (ranking approved and award made). An accepted
 * appeal takes it back to consensus.
 */
public enum CommitteeStatus {
    APPOINTED, ASSIGNED, CONSENSUS, REPORTED, APPROVED;

    /** Evaluators may still write or revise their individual reports. */
    public boolean isScoring() {
        return this == ASSIGNED || this == CONSENSUS;
    }
}
