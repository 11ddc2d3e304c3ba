package it.sfide.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every night, seals the head of the audit chain in a public checkpoint document of the registry (through the
 * {@link CheckpointSeal} the document area provides). Runs on every server of a cluster; the head lock and the
 * check for an existing checkpoint make one document per day.
 */
@Stateless
@PermitAll
public class DailyCheckpoint {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Logger LOG = Logger.getLogger(DailyCheckpoint.class.getName());

    @Inject
    AuditTrail trail;

    @Inject
    CheckpointSeal seal;

    @Inject
    Clock clock;

    @Schedule(hour = "0", minute = "5", timezone = "Europe/Rome", persistent = false, info = "audit checkpoint")
    void nightly() {
        LocalDate yesterday = LocalDate.ofInstant(clock.instant(), ROME).minusDays(1);
        issueFor(yesterday).ifPresent(d -> LOG.info(() -> "Audit checkpoint " + d.protocol() + " for " + yesterday));
    }

    /** The checkpoint of the day, issued now unless it exists already; empty when it did. */
    public Optional<CheckpointSeal.SealedCheckpoint> issueFor(LocalDate day) {
        AuditTrail.ChainHead head = trail.lockedHead();
        if (seal.of(day).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(seal.seal(new AuditCheckpoint(day, head.seq(), head.hash(), clock.instant())));
    }
}
