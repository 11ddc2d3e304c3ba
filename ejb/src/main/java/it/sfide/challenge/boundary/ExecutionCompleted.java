package it.sfide.challenge.boundary;

/**
 * The contract area reports that the challenge's last contract was completed — every contract of its last phase,
 * and of every phase before it, closed by a completion certificate: fired in the completion's transaction. The
 * challenge is now COMPLETED.
 */
public record ExecutionCompleted(long challengeId) {
}
