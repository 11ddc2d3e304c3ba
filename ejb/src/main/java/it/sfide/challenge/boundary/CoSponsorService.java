package it.sfide.challenge.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.Challenge;
import it.sfide.challenge.CoSponsor;
import it.sfide.challenge.control.ChallengeAccess;
import it.sfide.challenge.control.ChallengeNotifications;
import it.sfide.challenge.control.Challenges;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Co-sponsoring: the buyer's officers invite other public bodies; an officer of the invited body accepts or
 * declines. An accepting body follows everything the buyer sees, except sealed content.
 */
@Stateless
@RolesAllowed(Role.BUYER_NAME)
public class CoSponsorService {

    @Inject
    Challenges challenges;

    @Inject
    ChallengeAccess access;

    @Inject
    Directory directory;

    @Inject
    ChallengeNotifications notifications;

    @Inject
    Clock clock;

    /** Invites a verified public body (not the buyer itself, not twice); its officers are e-mailed. */
    @Audited(value = "challenge.cosponsor.invite", target = "challenge")
    public CoSponsorView invite(long challengeId, long bodyId) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(challengeId, me);
        if (!challenge.getStatus().isActive()) {
            throw SfideException.conflict("challenge.error.wrongState", challenge.getStatus().name());
        }
        String name = directory.requireVerifiedPublicBody(bodyId);
        if (bodyId == challenge.getBuyerId()) {
            throw SfideException.invalid("organisationId", "challenge.cosponsor.error.self");
        }
        if (challenges.coSponsors(challengeId).stream().anyMatch(s -> s.getOrganisationId() == bodyId)) {
            throw SfideException.conflict("challenge.cosponsor.error.already");
        }
        CoSponsor invitation = challenges.persistOther(new CoSponsor(challengeId, bodyId, me.username(),
                clock.instant()));
        notifications.toOfficers(bodyId, challenge, "cosponsorInvited", me.organisationName());
        return CoSponsorView.of(invitation, name);
    }

    /** An officer of the invited body accepts or declines, once; the buyer's officers are told. */
    @Audited(value = "challenge.cosponsor.answer", target = "cosponsor")
    public CoSponsorView answer(long invitationId, boolean accept) {
        Actor me = access.requireWritingOfficer();
        CoSponsor invitation = challenges.requireCoSponsor(invitationId);
        if (!me.isOfficerOf(invitation.getOrganisationId())) {
            throw SfideException.notFound("challenge.cosponsor.error.notFound");
        }
        invitation.answer(accept, me.username(), clock.instant());
        Challenge challenge = challenges.require(invitation.getChallengeId());
        notifications.toOfficers(challenge.getBuyerId(), challenge,
                accept ? "cosponsorAccepted" : "cosponsorDeclined", me.organisationName());
        return CoSponsorView.of(invitation, me.organisationName());
    }

    /** The invitations to the caller's body, answered or not, newest first. */
    public List<CoSponsorView> invitations() {
        Actor me = access.requireWritingOfficer();
        return challenges.coSponsorships(me.organisationId()).stream()
                .map(s -> CoSponsorView.of(s, me.organisationName(), challenges.require(s.getChallengeId())))
                .toList();
    }

    /** The bodies invited to co-sponsor a challenge of the caller's body, with their answers. */
    public List<CoSponsorView> ofChallenge(long challengeId) {
        Actor me = access.requireWritingOfficer();
        access.requireOwnedByCaller(challengeId, me);
        List<CoSponsor> list = challenges.coSponsors(challengeId);
        Map<Long, String> names = directory.organisationNames(list.stream().map(CoSponsor::getOrganisationId)
                .toList());
        return list.stream().map(s -> CoSponsorView.of(s, names.get(s.getOrganisationId()))).toList();
    }
}
