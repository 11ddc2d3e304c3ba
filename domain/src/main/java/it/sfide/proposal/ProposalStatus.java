package it.sfide.proposal;

/** Where a proposal is in its lifecycle (see PRODUCT.md, Proposal lifecycle). */
public enum ProposalStatus {
    DRAFT, SUBMITTED, WITHDRAWN, OPENED, ADMISSIBLE, INADMISSIBLE, EVALUATED, RANKED, AWARDED, NOT_AWARDED;

    /** Counts as "someone has started a proposal" for the challenge's deadline rules. */
    public boolean isStarted() {
        return this != WITHDRAWN;
    }
}
