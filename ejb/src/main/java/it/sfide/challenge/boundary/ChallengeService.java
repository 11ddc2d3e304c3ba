package it.sfide.challenge.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.Amendment;
import it.sfide.challenge.AmendmentKind;
import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Phase;
import it.sfide.challenge.control.ChallengeAccess;
import it.sfide.challenge.control.ChallengeNotifications;
import it.sfide.challenge.control.ChallengeViews;
import it.sfide.challenge.control.Challenges;
import it.sfide.challenge.control.Consultations;
import it.sfide.challenge.control.NoticePublisher;
import it.sfide.identity.boundary.Actor;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writing and running challenges, for buyer officers of the owning body: drafts saved incomplete, publication
 * asked by one officer and approved by another (which issues the signed notice), then amendments with a reason
 * (notice re-issued, followers notified), suspension after a platform failure, and cancellation.
 */
@Stateless
@RolesAllowed(Role.BUYER_NAME)
public class ChallengeService {

    @Inject
    Challenges challenges;

    @Inject
    ChallengeAccess access;

    @Inject
    NoticePublisher notices;

    @Inject
    ChallengeNotifications notifications;

    @Inject
    PhaseDeadlines deadlines;

    @Inject
    ChallengeViews catalogue;

    @Inject
    jakarta.enterprise.inject.Instance<ProposalActivity> proposals;

    @Inject
    Consultations consultations;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ChallengePublished> published;

    /** A new draft of the caller's body, with its open-contracting identifier; it may be incomplete. */
    @Audited(value = "challenge.create", target = "challenge")
    public ChallengeView create(ChallengeForm form) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = challenges.persist(new Challenge(challenges.newOcid(), me.organisationId(),
                requireForm(form).toContent(), me.username(), clock.instant()));
        challenge.takeQuestionsUntil(form.clarificationsUntil(), clock.instant());
        challenge.ruleProposals(form.submissionCountVisible(), form.attachmentPageLimit(), clock.instant());
        return catalogue.view(challenge, me);
    }

    /**
     * A new draft started from another body's published challenge: texts, type, criteria and rules copied, dates
     * and codes left to fill, the origin credited.
     */
    @Audited(value = "challenge.createFromTemplate", target = "challenge")
    public ChallengeView createFromTemplate(long originId) {
        Actor me = access.requireWritingOfficer();
        Challenge origin = access.requireReadable(originId, java.util.Optional.of(me));
        Challenge challenge = challenges.persist(Challenge.fromTemplate(challenges.newOcid(), me.organisationId(),
                origin, me.username(), clock.instant()));
        return catalogue.view(challenge, me);
    }

    /** Saves the draft as it is now (complete or not). */
    @Audited(value = "challenge.update", target = "challenge")
    public ChallengeView update(long id, ChallengeForm form) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(id, me);
        challenge.revise(requireForm(form).toContent(), clock.instant());
        challenge.takeQuestionsUntil(form.clarificationsUntil(), clock.instant());
        challenge.ruleProposals(form.submissionCountVisible(), form.attachmentPageLimit(), clock.instant());
        challenges.reindex(challenge);
        return catalogue.view(challenge, me);
    }

    /** What publishing still needs, field by field (empty when ready). */
    public List<SfideException> missing(long id) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(id, me);
        List<SfideException> missing = new java.util.ArrayList<>(challenge.missingForPublication(clock.instant()));
        missingQuestionnaire(challenge).ifPresent(missing::add);
        return missing;
    }

    /** A market consultation needs its questionnaire before it is published. */
    private java.util.Optional<SfideException> missingQuestionnaire(Challenge challenge) {
        return challenge.getType() == ChallengeType.MARKET_CONSULTATION
                && consultations.questions(challenge.getId()).isEmpty()
                ? java.util.Optional.of(SfideException.invalid("questions", "consultation.error.noQuestions"))
                : java.util.Optional.empty();
    }

    /** Asks another officer of the body to approve publication; the other officers are told by e-mail. */
    @Audited(value = "challenge.requestPublication", target = "challenge")
    public ChallengeView requestPublication(long id) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(id, me);
        java.util.Optional<SfideException> noQuestions = missingQuestionnaire(challenge);
        if (noQuestions.isPresent()) {
            List<SfideException> all = new java.util.ArrayList<>(challenge.missingForPublication(clock.instant()));
            all.add(noQuestions.get());
            throw new ValidationFailure(all);
        }
        challenge.requestPublication(me.username(), clock.instant());
        notifications.toOfficers(challenge.getBuyerId(), challenge, "challengeApproval", me.fullName());
        return catalogue.view(challenge, me);
    }

    /**
     * A second officer approves: the challenge is published, its notice signed with the body's seal and
     * registered, its deadlines handed to the timer, the body's followers told.
     */
    @Audited(value = "challenge.publish", target = "challenge")
    public ChallengeView approveAndPublish(long id) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(id, me);
        challenge.approveAndPublish(me.username(), clock.instant());
        published.fire(new ChallengePublished(challenge.getId(), challenge.getPhases().stream()
                .map(Phase::getNumber).toList()));
        notices.issue(challenge);
        deadlines.reschedule();
        notifications.toFollowers(challenge, "challengePublished");
        return catalogue.view(challenge, me);
    }

    /**
     * Moves a phase's deadline: extending needs a reason; bringing it forward is refused once anyone has started
     * a proposal. The notice is re-issued and everyone following is told.
     */
    @Audited(value = "challenge.changeDeadline", target = "challenge")
    public ChallengeView changeDeadline(long id, int phase, Instant newClose, String reason) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(id, me);
        requireReason(reason);
        Instant before = closeOf(challenge, phase);
        challenge.changeDeadline(phase, requireInstant(newClose), reason, proposalsStarted(challenge),
                clock.instant());
        amended(challenge, new Amendment(id, AmendmentKind.DEADLINE, reason, me.username(),
                clock.instant()).ofPhase(phase, before, newClose));
        deadlines.reschedule();
        return catalogue.view(challenge, me);
    }

    /** Corrects or completes the texts of a published challenge, with the reason. */
    @Audited(value = "challenge.amend", target = "challenge")
    public ChallengeView amendTexts(long id, ChallengeForm form, String reason) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(id, me);
        requireReason(reason);
        challenge.amendTexts(requireForm(form).toContent(), clock.instant());
        challenges.reindex(challenge);
        amended(challenge, new Amendment(id, AmendmentKind.TEXT, reason, me.username(), clock.instant()));
        return catalogue.view(challenge, me);
    }

    /**
     * Records a platform failure: the challenge is SUSPENDED and the phase's deadline extended to make up for it.
     * The body's officers or a platform admin record it.
     */
    @Audited(value = "challenge.suspend", target = "challenge")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    public ChallengeView suspend(long id, int phase, Instant extendedClose, String reason) {
        Actor me = access.requireOfficerOrAdmin(id);
        Challenge challenge = challenges.require(id);
        Instant before = closeOf(challenge, phase);
        challenge.suspend(phase, requireInstant(extendedClose), reason, clock.instant());
        amended(challenge, new Amendment(id, AmendmentKind.SUSPENSION, reason, me.username(), clock.instant())
                .ofPhase(phase, before, extendedClose));
        deadlines.reschedule();
        return catalogue.view(challenge, me);
    }

    /** Open again after a suspension; the extension granted stays. */
    @Audited(value = "challenge.resume", target = "challenge")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    public ChallengeView resume(long id) {
        Actor me = access.requireOfficerOrAdmin(id);
        Challenge challenge = challenges.require(id);
        challenge.resume(clock.instant());
        return catalogue.view(challenge, me);
    }

    /** Cancels the challenge with the reason; everyone involved is told, and the notice of a published one says so. */
    @Audited(value = "challenge.cancel", target = "challenge")
    public ChallengeView cancel(long id, String reason) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(id, me);
        boolean wasPublic = challenge.isPublic();
        challenge.cancel(reason, clock.instant());
        if (wasPublic) {
            amended(challenge, new Amendment(id, AmendmentKind.CANCELLATION, reason, me.username(),
                    clock.instant()));
        }
        deadlines.reschedule();
        return catalogue.view(challenge, me);
    }

    /**
     * The evaluation area appointed a committee: the challenge is under evaluation (for the catalogue's filters
     * and the challenge page). For the owning body's officers, within their appointment.
     */
    public void evaluationStarted(long id) {
        Actor me = access.requireWritingOfficer();
        access.requireOwnedByCaller(id, me).evaluationStarted(clock.instant());
    }

    /**
     * The evaluation area awarded the challenge: it is AWARDED and its followers are told (with the award
     * decision's protocol). For the owning body's officers, within their award.
     */
    public void awarded(long id, String decisionProtocol) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(id, me);
        challenge.awarded(clock.instant());
        notifications.toFollowers(challenge, "challengeAwarded", decisionProtocol);
    }

    /** The challenges of the caller's body, and those it co-sponsors, drafts included. */
    public List<ChallengeView> mine() {
        Actor me = access.requireWritingOfficer();
        return challenges.ofBody(me.organisationId()).stream().map(c -> catalogue.view(c, me)).toList();
    }

    /** The challenges of the caller's body in brief (for dashboards: no page's worth of queries each). */
    public List<ChallengeBrief> mineInBrief() {
        Actor me = access.requireWritingOfficer();
        return challenges.ofBody(me.organisationId()).stream().map(ChallengeBrief::of).toList();
    }

    /** The draft as the writing form shows it. */
    public ChallengeForm form(long id) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(id, me);
        return ChallengeForm.of(challenge);
    }

    private void amended(Challenge challenge, Amendment amendment) {
        challenges.persistOther(amendment);
        amendment.noticeIssued(notices.issue(challenge).protocol());
        notifications.toEveryoneInvolved(challenge, "challengeAmended", amendment.getReason());
    }

    /** Whether anyone has started a proposal: the proposal area answers (none before it exists). */
    private boolean proposalsStarted(Challenge challenge) {
        return proposals.stream().anyMatch(p -> p.anyStarted(challenge.getId()));
    }

    private static Instant closeOf(Challenge challenge, int phase) {
        return challenge.getPhases().stream().filter(p -> p.getNumber() == phase).map(Phase::getClosesAt)
                .findFirst().orElseThrow(() -> SfideException.notFound("challenge.error.noSuchPhase"));
    }

    private static ChallengeForm requireForm(ChallengeForm form) {
        if (form == null) {
            throw SfideException.invalid("type", "challenge.error.typeRequired");
        }
        return form;
    }

    private static Instant requireInstant(Instant instant) {
        if (instant == null) {
            throw SfideException.invalid("closesAt", "challenge.error.phaseDates");
        }
        return instant;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw SfideException.invalid("reason", "challenge.error.reasonRequired");
        }
    }

}
