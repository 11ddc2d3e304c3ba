package it.sfide.challenge.boundary;

/**
 * Fired, inside the closing transaction, when a phase of a challenge reaches its deadline: the proposal area tells
 * the buying body's officers how many proposals await the opening.
 */
public record PhaseClosed(long challengeId, long buyerId, int phase, String titleIt, String titleEn) {
}
