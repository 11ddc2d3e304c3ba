package it.sfide.reuse.boundary;

import java.time.Instant;

/**
 * A body's declared interest, as the owning body's officers read it: who declared it (name and e-mail address, so
 * they can answer), for which body, the message and when.
 */
public record InterestView(long id, long bodyId, String bodyName, String fullName, String email, String message,
        Instant declaredAt) {
}
