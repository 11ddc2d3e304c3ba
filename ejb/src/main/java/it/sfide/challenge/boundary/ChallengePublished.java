package it.sfide.challenge.boundary;

import java.util.List;

/**
 * Fired, inside the publishing transaction, when a challenge is published: other areas prepare what its phases
 * need (the proposal area makes each phase's opening key). An observer that fails rolls the publication back.
 */
public record ChallengePublished(long challengeId, List<Integer> phases) {
}
