package it.sfide.contract;

/**
 * A milestone: waiting for its deliverables; submitted (the buyer decides); accepted (a signed acceptance, payable);
 * rejected with reasons (the operator submits again).
 */
public enum MilestoneStatus {
    PENDING, SUBMITTED, ACCEPTED, REJECTED;

    /** Whether the operator may submit deliverables now. */
    public boolean open() {
        return this == PENDING || this == REJECTED;
    }
}
