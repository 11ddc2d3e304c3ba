package it.sfide.contract;

/**
 * A contract's life: a draft the buyer edits; issued for signature (the PDF exists, the buyer's officer signs
 * first); signed by the buyer and waiting for the operator's legal representative; signed by both (in force:
 * milestones, deliverables, payments); completed.
 */
public enum ContractStatus {
    DRAFT, ISSUED, BUYER_SIGNED, SIGNED, COMPLETED;

    /** Whether the work of the contract runs: deliverables, acceptances, payments. */
    public boolean inForce() {
        return this == SIGNED;
    }
}
