package it.sfide.challenge.boundary;

import java.time.Instant;

/** Something a person follows: a challenge or a public body, with its title or name. */
public record FollowView(Long challengeId, Long bodyId, String label, Instant since) {
}
