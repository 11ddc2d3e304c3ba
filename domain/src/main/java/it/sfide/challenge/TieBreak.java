package it.sfide.challenge;

/** How equal overall scores are ordered in the ranking. */
public enum TieBreak {
    /** The higher score on the first criterion (the most important one) ranks first. */
    FIRST_CRITERION,
    /** The proposal submitted first ranks first. */
    EARLIEST_SUBMISSION,
    /** Ranked equal; the buyer decides by draw, recorded in the committee report. */
    DRAW
}
