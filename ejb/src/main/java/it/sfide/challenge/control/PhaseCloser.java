package it.sfide.challenge.control;

import it.sfide.audit.AuditEntry;
import it.sfide.audit.AuditOutcome;
import it.sfide.audit.boundary.AuditTrail;
import it.sfide.challenge.Challenge;
import it.sfide.challenge.boundary.PhaseClosed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/**
 * Closes one phase whose deadline has come, in its own transaction: the challenge's verb makes it happen once
 * (a second call finds it closed) and the version column makes two servers racing for it commit once. Each
 * closing is audited as {@code challenge.phase.close} by {@value #ACTOR}.
 */
@Stateless
public class PhaseCloser {

    public static final String ACTOR = "system";

    @Inject
    Challenges challenges;

    @Inject
    AuditTrail trail;

    @Inject
    ChallengeNotifications notifications;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<PhaseClosed> closed;

    /** True when this call closed it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean close(long challengeId, int phase) {
        Instant now = clock.instant();
        Challenge challenge = challenges.find(challengeId).orElse(null);
        if (challenge == null || !challenge.closePhase(phase, now)) {
            return false;
        }
        trail.record(new AuditEntry(ACTOR, challenge.getBuyerId(), "challenge.phase.close", "challenge",
                challengeId + "#" + phase, AuditOutcome.DONE, null));
        notifications.toEveryoneInvolved(challenge, "challengeClosed", phase);
        closed.fire(new PhaseClosed(challengeId, challenge.getBuyerId(), phase,
                challenge.getTitleIt(), challenge.getTitleEn()));
        return true;
    }
}
