package it.sfide.challenge;

import java.util.Arrays;
import java.util.List;

/** Where a challenge is in its lifecycle (see PRODUCT.md, Challenge types and lifecycle). */
public enum ChallengeStatus {
    DRAFT, PUBLISHED, CLOSED, OPENED, UNDER_EVALUATION, RANKED, AWARDED, IN_EXECUTION, COMPLETED, CANCELLED,
    SUSPENDED;

    /** Open to proposals and clarifications: published, or suspended after a platform failure. */
    public boolean isOpen() {
        return this == PUBLISHED || this == SUSPENDED;
    }

    /** Anyone may read a challenge in this status and the public catalogue lists it: every status but a draft. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /**
     * Still being written or open: it may be cancelled, other bodies may be invited to co-sponsor it and its
     * questions' cut-off may be set.
     */
    public boolean isActive() {
        return this == DRAFT || isOpen();
    }

    /** The statuses the public catalogue lists, and so may be searched by, in lifecycle order. */
    public static List<ChallengeStatus> publiclyListed() {
        return Arrays.stream(values()).filter(ChallengeStatus::isPublic).toList();
    }
}
