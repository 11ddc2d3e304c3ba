package it.sfide.testing.probe;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform's one clock, as integration tests deploy it: the system's time unless a test in the server sets it
 * to an instant (deadline tests at T − 1 ms and T); every service injects this instead of the production clock.
 * Tests that set it reset it when they finish.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class TestClock {

    private static volatile Instant fixed;

    private static final Clock CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant at = fixed;
            return at != null ? at : Instant.now();
        }
    };

    @Produces
    public Clock clock() {
        return CLOCK;
    }

    /** Stops the clock at this instant, for every service. */
    public static void set(Instant at) {
        fixed = at;
    }

    /** Back to the system's time. */
    public static void reset() {
        fixed = null;
    }
}
