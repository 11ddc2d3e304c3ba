package it.sfide.challenge;

/** Where a challenge is in its lifecycle (see PRODUCT.md, Challenge types and lifecycle). */
public enum ChallengeStatus {
    DRAFT, PUBLISHED, CLOSED, OPENED, UNDER_EVALUATION, RANKED, AWARDED, IN_EXECUTION, COMPLETED, CANCELLED,
    SUSPENDED;

    /** Open to proposals and clarifications: published, or suspended after a platform failure. */
    public boolean isOpen() {
        return this == PUBLISHED || this == SUSPENDED;
    }
}
