package it.sfide.proposal.control;

import it.sfide.challenge.boundary.ChallengePublished;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;

/** Makes the opening key of every phase of a challenge as it is published, in the publishing transaction. */
@Dependent
public class OpeningKeyMaker {

    @Inject
    OpeningKeys keys;

    @Inject
    Clock clock;

    void published(@Observes ChallengePublished event) {
        event.phases().forEach(phase -> keys.ensure(event.challengeId(), phase, clock.instant()));
    }
}
