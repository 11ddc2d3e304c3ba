package it.sfide.identity.boundary;

import java.time.Instant;

/**
 * An open expert invitation, as its page shows it to the holder of the link.
 *
 * @param context what the expert is invited for, as the inviter wrote it (may be null)
 * @param signedIn whether the visitor is signed in
 * @param signedInAsInvitee whether the visitor is signed in with the invited address (and may accept at once)
 */
public record ExpertInvitationView(long id, String fullName, String email, String context, String bodyName,
        String inviterName, Instant expiresAt, boolean signedIn, boolean signedInAsInvitee) {
}
