package it.sfide.challenge.control;

import it.sfide.challenge.Challenge;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Who may do what with a challenge, decided on the server for every call: buyer officers of the owning body write
 * it; officers of an accepting co-sponsor and platform admins read everything they read; anyone reads a published
 * challenge; nobody else learns that a draft exists.
 */
@Dependent
public class ChallengeAccess {

    @Inject
    Directory directory;

    @Inject
    Challenges challenges;

    /** A buyer officer of a verified public body, who may write challenges for it. */
    public Actor requireWritingOfficer() {
        Actor me = directory.requireActor();
        if (me.organisationId() == null || !me.publicBody() || !me.isOfficerOf(me.organisationId())) {
            throw SfideException.forbidden();
        }
        me.requireMayPublish();
        return me;
    }

    /** The challenge, for a buyer officer of its body (others: 404 for a draft, 403 otherwise). */
    public Challenge requireOwnedByCaller(long challengeId, Actor me) {
        Challenge challenge = challenges.require(challengeId);
        if (!me.isOfficerOf(challenge.getBuyerId())) {
            if (!challenge.isPublic() && !canFollowInternals(challenge, me)) {
                throw SfideException.notFound("challenge.error.notFound");
            }
            throw SfideException.forbidden();
        }
        return challenge;
    }

    /** A platform admin, or a buyer officer of the challenge's body. */
    public Actor requireOfficerOrAdmin(long challengeId) {
        Actor me = directory.requireActor();
        if (!me.isAdmin()) {
            requireOwnedByCaller(challengeId, me);
        }
        return me;
    }

    /** The challenge if the caller (perhaps anonymous) may read it. */
    public Challenge requireReadable(long challengeId, Optional<Actor> me) {
        Challenge challenge = challenges.require(challengeId);
        if (!challenge.isPublic() && (me.isEmpty()
                || !(canFollowInternals(challenge, me.get()) || isInvitedToCoSponsor(challenge, me.get())))) {
            throw SfideException.notFound("challenge.error.notFound");
        }
        return challenge;
    }

    /**
     * Whether the caller is an officer of a body invited to co-sponsor the challenge and not yet answered (or
     * accepted): it reads the challenge it is asked to put its name to, drafts included, but not the internals.
     */
    public boolean isInvitedToCoSponsor(Challenge challenge, Actor me) {
        return me.organisationId() != null && me.role() == Role.BUYER && me.isOfficerOf(me.organisationId())
                && challenges.isInvitedOrAcceptedCoSponsor(challenge.getId(), me.organisationId());
    }

    /**
     * Whether the caller sees what the buyer sees (drafts, approvals, private questions), sealed content apart:
     * the owning body's officers, an accepted co-sponsor's officers, platform admins.
     */
    public boolean canFollowInternals(Challenge challenge, Actor me) {
        return me.isAdmin() || me.isOfficerOf(challenge.getBuyerId())
                || (me.organisationId() != null && me.role() == Role.BUYER
                        && challenges.isAcceptedCoSponsor(challenge.getId(), me.organisationId()));
    }
}
