package it.sfide.identity.boundary;

import it.sfide.identity.ApiToken;

import java.time.Instant;

/** A personal API token as listed: never its secret. */
public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public static TokenView of(ApiToken t) {
        return new TokenView(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt());
    }

    public boolean active() {
        return revokedAt == null;
    }
}
