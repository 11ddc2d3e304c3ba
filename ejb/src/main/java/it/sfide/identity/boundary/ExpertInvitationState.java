package it.sfide.identity.boundary;

import java.time.Instant;

/**
 * Where an expert invitation stands, for the area that made it (a committee's seat): open until it expires, or
 * accepted by an account.
 *
 * @param acceptedAt null while not accepted
 * @param accountId the account that accepted it; null while not accepted
 */
public record ExpertInvitationState(long id, String email, String fullName, long bodyId, Instant createdAt,
        Instant expiresAt, Instant acceptedAt, Long accountId) {
}
