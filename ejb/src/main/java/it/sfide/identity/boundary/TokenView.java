package it.sfide.identity.boundary;

import it.sfide.identity.ApiToken;

import java.time.Instant;

/** A personal API token as listed: never its secret; whether it still authenticates at the time of listing. */
public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
        Instant expiresAt, boolean active) {

    public static TokenView of(ApiToken t, Instant now) {
        return new TokenView(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getLastUsedAt(),
                t.getRevokedAt(), t.getExpiresAt(), t.isActive(now));
    }

    /** ACTIVE, REVOKED or EXPIRED (past its lifetime). */
    public String status() {
        return active ? "ACTIVE" : revokedAt != null ? "REVOKED" : "EXPIRED";
    }
}
