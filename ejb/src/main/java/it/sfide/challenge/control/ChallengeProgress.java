package it.sfide.challenge.control;

import it.sfide.challenge.boundary.ExecutionCompleted;
import it.sfide.challenge.boundary.ExecutionStarted;
import it.sfide.challenge.boundary.RankingIssued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/** Moves a challenge along its lifecycle when another area reports a step (in that step's transaction). */
@ApplicationScoped
public class ChallengeProgress {

    @Inject
    Challenges challenges;

    @Inject
    Clock clock;

    void ranked(@Observes RankingIssued event) {
        challenges.require(event.challengeId()).ranked(clock.instant());
    }

    void executionStarted(@Observes ExecutionStarted event) {
        challenges.require(event.challengeId()).executionStarted(clock.instant());
    }

    void completed(@Observes ExecutionCompleted event) {
        challenges.require(event.challengeId()).completed(clock.instant());
    }
}
