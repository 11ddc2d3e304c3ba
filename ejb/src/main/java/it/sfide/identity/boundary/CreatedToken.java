package it.sfide.identity.boundary;

import java.time.Instant;

/** A token just created: the only time its secret is shown; it stops working at {@code expiresAt}. */
public record CreatedToken(long id, String name, String token, Instant expiresAt) {
}
