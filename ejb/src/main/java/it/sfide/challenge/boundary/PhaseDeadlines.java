package it.sfide.challenge.boundary;

import it.sfide.challenge.control.Challenges;
import it.sfide.challenge.control.PhaseCloser;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes phases by themselves at their deadlines. One persistent EJB timer always points at the next deadline of
 * any open challenge; when it fires, every phase due is closed (each exactly once, see {@link PhaseCloser}) and
 * the timer is set to the next one. At startup the phases whose deadline passed while the server was down are
 * closed first (catch-up), and a sweep every five minutes covers a timer lost with a crashed database.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@PermitAll
public class PhaseDeadlines {

    static final String INFO = "sfide-next-deadline";
    private static final Logger LOG = Logger.getLogger(PhaseDeadlines.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Challenges challenges;

    @Inject
    PhaseCloser closer;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStartup() {
        int closed = closeDue();
        if (closed > 0) {
            LOG.info(() -> "Deadline catch-up at startup: " + closed + " phase(s) closed");
        }
        reschedule();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fired(Timer timer) {
        closeDue();
        reschedule();
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (closeDue() > 0) {
            reschedule();
        }
    }

    /** Closes every phase whose deadline has come; how many this call closed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int closeDue() {
        int closed = 0;
        List<Object[]> due = challenges.phasesDue(clock.instant());
        for (Object[] phase : due) {
            try {
                if (closer.close(((Number) phase[0]).longValue(), ((Number) phase[1]).intValue())) {
                    closed++;
                }
            } catch (EJBException e) {
                // another server closed it first (optimistic lock) or the challenge changed meanwhile: the next
                // sweep sees the current state
                LOG.log(Level.INFO, "Phase " + phase[1] + " of challenge " + phase[0] + " not closed now", e);
            }
        }
        return closed;
    }

    /**
     * Points the timer at the next deadline. Called after anything that adds or moves a deadline, inside that
     * transaction: it sees the change, and the timer is created when it commits.
     */
    public void reschedule() {
        Optional<Instant> next = challenges.nextDeadline();
        for (Timer timer : timers.getTimers()) {
            if (INFO.equals(timer.getInfo())) {
                timer.cancel();
            }
        }
        next.ifPresent(at -> {
            Instant when = at.isAfter(clock.instant()) ? at : clock.instant().plusMillis(100);
            timers.createSingleActionTimer(Date.from(when), new TimerConfig(INFO, true));
        });
    }

    /** When the timer fires next, if set (for the operations page and the tests). */
    public Optional<Instant> nextFiring() {
        return timers.getTimers().stream().filter(t -> INFO.equals(t.getInfo()))
                .map(t -> t.getNextTimeout().toInstant()).min(Instant::compareTo);
    }
}
