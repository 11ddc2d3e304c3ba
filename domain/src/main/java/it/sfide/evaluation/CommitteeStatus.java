package it.sfide.evaluation;

/**
 * Where a committee's work is: appointed (members declare their conflicts), assigned (evaluators score), in
 * consensus (the chair proposes the committee's scores), reported (the committee report waits for its signatures),
 * signed (every member signed it: the buyer may approve the ranking), approved (ranking approved and award made).
 */
public enum CommitteeStatus {
    APPOINTED, ASSIGNED, CONSENSUS, REPORTED, SIGNED, APPROVED;

    /** Evaluators may still write or revise their individual reports. */
    public boolean isScoring() {
        return this == ASSIGNED || this == CONSENSUS;
    }
}
