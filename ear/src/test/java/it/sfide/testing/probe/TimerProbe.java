package it.sfide.testing.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.NoMoreTimeoutsException;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The EJB module's timers (the deadlines' timer and sweep, the reminders' sweep, the nightly checkpoint), for tests
 * that move the {@link TestClock} ahead: a timer firing then would act on the moved clock (close every open phase a
 * year early), so such a test waits until no timer is about to fire.
 */
@Stateless
public class TimerProbe {

    @Resource
    TimerService timers;

    /** When the next timer of the module fires, by the system's time. */
    public Optional<Instant> nextFiring() {
        Instant next = null;
        for (Timer timer : timers.getAllTimers()) {
            try {
                Instant at = timer.getNextTimeout().toInstant();
                next = next == null || at.isBefore(next) ? at : next;
            } catch (NoMoreTimeoutsException | NoSuchObjectLocalException e) {
                // expired or cancelled meanwhile: not about to fire
            }
        }
        return Optional.ofNullable(next);
    }

    /**
     * Returns once no timer of the module fires within the coming {@code quiet}, waiting past the timers that would.
     */
    public void awaitQuiet(Duration quiet) throws InterruptedException {
        for (;;) {
            Instant now = Instant.now();
            Optional<Instant> next = nextFiring();
            if (next.isEmpty() || next.get().isAfter(now.plus(quiet))) {
                return;
            }
            Thread.sleep(Math.max(0, Duration.between(now, next.get()).toMillis()) + 2_000);
        }
    }
}
