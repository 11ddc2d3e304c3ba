package it.sfide.challenge.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.Challenge;
import it.sfide.challenge.Clarification;
import it.sfide.challenge.control.ChallengeAccess;
import it.sfide.challenge.control.ChallengeNotifications;
import it.sfide.challenge.control.Challenges;
import it.sfide.challenge.control.ClarificationDigest;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.Issue;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clarifications: operators ask about a published challenge until the buyer's cut-off; questions are private to
 * the buyer; the buyer answers and publishes question and answer to everyone without the asker's identity, which
 * re-issues the signed clarification digest and tells the followers.
 */
@Stateless
@PermitAll
public class ClarificationService {

    public static final String DIGEST_RECORD = "challenge-clarifications";

    @Inject
    Challenges challenges;

    @Inject
    ChallengeAccess access;

    @Inject
    Directory directory;

    @Inject
    DocumentIssuer issuer;

    @Inject
    ChallengeNotifications notifications;

    @Inject
    Clock clock;

    /** An operator of a verified organisation asks, while the challenge takes questions. */
    @Audited(value = "clarification.ask", target = "challenge")
    @RolesAllowed(Role.OPERATOR_NAME)
    public ClarificationView ask(long challengeId, String question) {
        Actor me = directory.requirePublishingActor();
        Challenge challenge = access.requireReadable(challengeId, Optional.of(me));
        if (!challenge.takesQuestions(clock.instant())) {
            throw SfideException.conflict("clarification.error.closed");
        }
        Clarification asked = challenges.persistOther(new Clarification(challengeId, me.accountId(),
                me.organisationId(), question, clock.instant()));
        notifications.toOfficers(challenge.getBuyerId(), challenge, "clarificationAsked");
        return ClarificationView.own(asked);
    }

    /**
     * The clarifications the caller may read: everyone the published ones; an operator also their own; the
     * buyer's and co-sponsors' officers all, with who asked.
     */
    public List<ClarificationView> of(long challengeId) {
        Optional<Actor> me = directory.currentActor();
        Challenge challenge = access.requireReadable(challengeId, me);
        if (me.isPresent() && access.canFollowInternals(challenge, me.get())) {
            List<Clarification> all = challenges.clarifications(challengeId);
            Map<Long, String> askers = directory.displayNames(all.stream().map(Clarification::getAskerAccountId)
                    .distinct().toList());
            return all.stream().map(q -> ClarificationView.internal(q, askers.get(q.getAskerAccountId()))).toList();
        }
        long caller = me.map(Actor::accountId).orElse(-1L);
        return challenges.clarifications(challengeId).stream()
                .filter(q -> q.getPublishedAt() != null || q.askedBy(caller))
                .map(q -> q.askedBy(caller) ? ClarificationView.own(q) : ClarificationView.published(q)).toList();
    }

    /** A challenge's published clarifications as everyone reads them (never who asked), whoever asks. */
    public List<ClarificationView> published(long challengeId) {
        return challenges.clarifications(challengeId).stream().filter(q -> q.getPublishedAt() != null)
                .map(ClarificationView::published).toList();
    }

    /** A buyer officer answers (privately: the asker is told by e-mail). */
    @Audited(value = "clarification.answer", target = "clarification")
    @RolesAllowed(Role.BUYER_NAME)
    public ClarificationView answer(long clarificationId, String answer) {
        Actor me = access.requireWritingOfficer();
        Clarification q = challenges.requireClarification(clarificationId);
        Challenge challenge = access.requireOwnedByCaller(q.getChallengeId(), me);
        q.answer(answer, me.username(), clock.instant());
        for (Contact asker : directory.contacts(List.of(q.getAskerAccountId()))) {
            notifications.toContact(asker, challenge, "clarificationAnswered");
        }
        return ClarificationView.internal(q, null);
    }

    /**
     * Publishes question (in the wording given, or as asked) and answer to everyone without the asker's identity;
     * the signed digest of all published clarifications is issued again; followers are told.
     */
    @Audited(value = "clarification.publish", target = "clarification")
    @RolesAllowed(Role.BUYER_NAME)
    public ClarificationView publish(long clarificationId, String wording) {
        Actor me = access.requireWritingOfficer();
        Clarification q = challenges.requireClarification(clarificationId);
        Challenge challenge = access.requireOwnedByCaller(q.getChallengeId(), me);
        q.publish(wording, clock.instant());
        String buyer = directory.organisationName(challenge.getBuyerId());
        issuer.issue(new ClarificationDigest.Renderer(), new ClarificationDigest(challenge, buyer,
                challenges.publishedClarifications(challenge.getId())),
                new Issue(DIGEST_RECORD, String.valueOf(challenge.getId()), challenge.getBuyerId(), Visibility.PUBLIC,
                        java.util.Locale.ITALIAN, new Issue.IssuingBody(challenge.getBuyerId(), buyer)));
        notifications.toFollowers(challenge, "clarificationPublished");
        return ClarificationView.published(q);
    }
}
