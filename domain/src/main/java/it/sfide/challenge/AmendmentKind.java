package it.sfide.challenge;

/** What an amendment of a published challenge changed. */
public enum AmendmentKind {
    /** A phase's deadline moved (extended, or shortened before anyone started a proposal). */
    DEADLINE,
    /** The texts of the challenge were corrected or completed. */
    TEXT,
    /** A platform failure suspended the challenge and extended a deadline. */
    SUSPENSION,
    /** The challenge was cancelled. */
    CANCELLATION
}
