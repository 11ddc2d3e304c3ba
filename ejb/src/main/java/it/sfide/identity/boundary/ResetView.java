package it.sfide.identity.boundary;

import java.time.Instant;

/** An open password-reset link, as its holder sees it: whose account, until when. */
public record ResetView(long id, String username, Instant expiresAt) {
}
