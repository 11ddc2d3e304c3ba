package it.sfide.challenge.boundary;

/**
 * The contract area reports that a contract of the challenge is in force (signed by both parties): fired in the
 * signature's transaction. An awarded challenge is now IN_EXECUTION.
 */
public record ExecutionStarted(long challengeId) {
}
