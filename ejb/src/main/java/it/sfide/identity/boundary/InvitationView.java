package it.sfide.identity.boundary;

import it.sfide.identity.Invitation;

import java.time.Instant;

/** An invitation not yet accepted. */
public record InvitationView(long id, long organisationId, String organisationName, String email, String invitedBy,
        Instant createdAt, Instant expiresAt) {

    public static InvitationView of(Invitation i) {
        return new InvitationView(i.getId(), i.getOrganisation().getId(), i.getOrganisation().getName(), i.getEmail(),
                i.getInvitedBy(), i.getCreatedAt(), i.getExpiresAt());
    }
}
