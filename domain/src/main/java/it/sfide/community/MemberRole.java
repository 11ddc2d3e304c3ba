package it.sfide.community;

/** A member's role in a community. */
public enum MemberRole {
    MEMBER,
    /** Moderates: hides, locks, removes with a reason, appoints other managers. */
    MANAGER
}
