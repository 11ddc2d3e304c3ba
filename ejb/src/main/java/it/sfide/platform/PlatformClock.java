package it.sfide.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The one source of time: every service injects {@link Clock} and never calls {@code Instant.now()} itself. */
@ApplicationScoped
public class PlatformClock {

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
