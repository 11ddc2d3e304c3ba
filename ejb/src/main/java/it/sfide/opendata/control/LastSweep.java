package it.sfide.opendata.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * When this server last published the changes of every process: lists and bulk files ask for a sweep first when
 * the last one is older than {@link #FRESH}, so they are never more than a minute behind (the periodic sweep keeps
 * them so when nobody asks). Per server; the releases themselves live in the database.
 */
@ApplicationScoped
public class LastSweep {

    public static final Duration FRESH = Duration.ofMinutes(1);

    private final AtomicReference<Instant> last = new AtomicReference<>();

    /** Whether a sweep is due at {@code now}; when so, it is counted as started (one caller sweeps). */
    public boolean due(Instant now) {
        Instant seen = last.get();
        if (seen != null && now.isBefore(seen.plus(FRESH))) {
            return false;
        }
        return last.compareAndSet(seen, now);
    }
}
