package it.sfide.challenge.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.Challenge;
import it.sfide.challenge.Follow;
import it.sfide.challenge.control.ChallengeAccess;
import it.sfide.challenge.control.Challenges;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Following: any logged-in person follows challenges and public bodies and is e-mailed their amendments,
 * published answers and results. Following twice changes nothing.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class FollowService {

    @Inject
    Challenges challenges;

    @Inject
    ChallengeAccess access;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Audited(value = "challenge.follow", target = "challenge")
    public void follow(long challengeId) {
        Actor me = directory.requireActor();
        access.requireReadable(challengeId, Optional.of(me));
        if (challenges.followOfChallenge(me.accountId(), challengeId).isEmpty()) {
            challenges.persistOther(Follow.challenge(me.accountId(), challengeId, clock.instant()));
        }
    }

    @Audited(value = "challenge.unfollow", target = "challenge")
    public void unfollow(long challengeId) {
        Actor me = directory.requireActor();
        challenges.followOfChallenge(me.accountId(), challengeId).ifPresent(challenges::remove);
    }

    @Audited(value = "body.follow", target = "organisation")
    public void followBody(long bodyId) {
        Actor me = directory.requireActor();
        directory.requireVerifiedPublicBody(bodyId);
        if (challenges.followOfBody(me.accountId(), bodyId).isEmpty()) {
            challenges.persistOther(Follow.body(me.accountId(), bodyId, clock.instant()));
        }
    }

    @Audited(value = "body.unfollow", target = "organisation")
    public void unfollowBody(long bodyId) {
        Actor me = directory.requireActor();
        challenges.followOfBody(me.accountId(), bodyId).ifPresent(challenges::remove);
    }

    public boolean follows(long challengeId) {
        return challenges.followOfChallenge(directory.requireActor().accountId(), challengeId).isPresent();
    }

    public boolean followsBody(long bodyId) {
        return challenges.followOfBody(directory.requireActor().accountId(), bodyId).isPresent();
    }

    /** What the caller follows, newest first, labelled in their language. */
    public List<FollowView> mine(Locale locale) {
        List<Follow> follows = challenges.followsOf(directory.requireActor().accountId());
        Map<Long, String> titles = new HashMap<>();
        challenges.byIds(follows.stream().map(Follow::getChallengeId).filter(java.util.Objects::nonNull).toList())
                .forEach(c -> titles.put(c.getId(), titleOf(c, locale)));
        Map<Long, String> bodies = directory.organisationNames(
                follows.stream().map(Follow::getBodyId).filter(java.util.Objects::nonNull).toList());
        return follows.stream().map(f -> new FollowView(f.getChallengeId(), f.getBodyId(),
                f.getChallengeId() != null ? titles.get(f.getChallengeId()) : bodies.get(f.getBodyId()),
                f.getCreatedAt())).toList();
    }

    private static String titleOf(Challenge c, Locale locale) {
        return c.title(locale) == null ? c.getOcid() : c.title(locale);
    }
}
