package it.sfide.challenge.boundary;

import it.sfide.challenge.CoSponsor;
import it.sfide.challenge.CoSponsorStatus;

import java.time.Instant;

/** A body invited to co-sponsor a challenge, and its answer. */
public record CoSponsorView(long id, long challengeId, long organisationId, String organisationName,
        CoSponsorStatus status, Instant invitedAt, Instant answeredAt) {

    public static CoSponsorView of(CoSponsor s, String name) {
        return new CoSponsorView(s.getId(), s.getChallengeId(), s.getOrganisationId(), name, s.getStatus(),
                s.getInvitedAt(), s.getAnsweredAt());
    }
}
