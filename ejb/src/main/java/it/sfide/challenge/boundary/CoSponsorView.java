package it.sfide.challenge.boundary;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.CoSponsor;
import it.sfide.challenge.CoSponsorStatus;
import it.sfide.shared.Bilingual;

import java.time.Instant;
import java.util.Locale;

/**
 * A body invited to co-sponsor a challenge, and its answer; with the challenge's titles where the list shows them
 * (the invitations a body received), null otherwise.
 */
public record CoSponsorView(long id, long challengeId, long organisationId, String organisationName,
        CoSponsorStatus status, Instant invitedAt, Instant answeredAt, String challengeTitleIt,
        String challengeTitleEn) {

    public static CoSponsorView of(CoSponsor s, String name) {
        return new CoSponsorView(s.getId(), s.getChallengeId(), s.getOrganisationId(), name, s.getStatus(),
                s.getInvitedAt(), s.getAnsweredAt(), null, null);
    }

    static CoSponsorView of(CoSponsor s, String name, Challenge challenge) {
        return new CoSponsorView(s.getId(), s.getChallengeId(), s.getOrganisationId(), name, s.getStatus(),
                s.getInvitedAt(), s.getAnsweredAt(), challenge.getTitleIt(), challenge.getTitleEn());
    }

    /** The challenge's title in the reader's language (the other one while it is empty), or null. */
    public String challengeTitle(Locale locale) {
        return Bilingual.pick(locale, challengeTitleIt, challengeTitleEn);
    }
}
