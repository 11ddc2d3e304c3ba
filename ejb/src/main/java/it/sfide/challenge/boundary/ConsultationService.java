package it.sfide.challenge.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.ConsultationAnswer;
import it.sfide.challenge.ConsultationQuestion;
import it.sfide.challenge.ConsultationResponse;
import it.sfide.challenge.QuestionKind;
import it.sfide.challenge.control.ChallengeAccess;
import it.sfide.challenge.control.Challenges;
import it.sfide.challenge.control.Consultations;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Market consultations: the buyer writes the questionnaire while the consultation is a draft; operators answer
 * once per organisation and may change their answers until it closes; the buyer's side sees the answers
 * aggregated and exports them as CSV. Nothing is awarded.
 */
@Stateless
@PermitAll
public class ConsultationService {

    @Inject
    Challenges challenges;

    @Inject
    Consultations consultations;

    @Inject
    ChallengeAccess access;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    /** The questionnaire, for whoever may read the challenge. */
    public List<QuestionForm> questions(long challengeId) {
        access.requireReadable(challengeId, directory.currentActor());
        return consultations.questions(challengeId).stream().map(QuestionForm::of).toList();
    }

    /** Replaces the questionnaire of a draft consultation (buyer officers of its body). */
    @Audited(value = "consultation.questions", target = "challenge")
    @RolesAllowed(Role.BUYER_NAME)
    public List<QuestionForm> defineQuestions(long challengeId, List<QuestionForm> questions) {
        Actor me = access.requireWritingOfficer();
        Challenge challenge = access.requireOwnedByCaller(challengeId, me);
        if (challenge.getType() != ChallengeType.MARKET_CONSULTATION) {
            throw SfideException.conflict("consultation.error.notConsultation");
        }
        if (challenge.getStatus() != ChallengeStatus.DRAFT) {
            throw SfideException.conflict("challenge.error.wrongState", challenge.getStatus().name());
        }
        List<QuestionForm> given = questions == null ? List.of() : questions;
        if (given.size() > ConsultationQuestion.MAX_QUESTIONS) {
            throw SfideException.invalid("questions", "consultation.error.tooMany", ConsultationQuestion.MAX_QUESTIONS);
        }
        List<ConsultationQuestion> built = new ArrayList<>();
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        for (int i = 0; i < given.size(); i++) {
            QuestionForm q = given.get(i);
            try {
                built.add(new ConsultationQuestion(challengeId, i + 1, q == null ? null : q.kind(),
                        q == null ? null : q.textIt(), q == null ? null : q.textEn(),
                        q == null ? null : q.optionsIt(), q == null ? null : q.optionsEn()));
            } catch (ValidationFailure failure) {
                failure.problems().forEach(p -> problems.check(false, p.field(), p.messageKey(), p.arguments()));
            }
        }
        problems.throwIfAny();
        consultations.replaceQuestions(challengeId, built);
        return built.stream().map(QuestionForm::of).toList();
    }

    /**
     * The caller's organisation answers (or changes its answers) while the consultation is open; every question
     * must be answered the way its kind asks.
     */
    @Audited(value = "consultation.answer", target = "challenge")
    @RolesAllowed(Role.OPERATOR_NAME)
    public List<AnswerForm> answer(long challengeId, List<AnswerForm> answers) {
        Actor me = directory.requirePublishingActor();
        Challenge challenge = access.requireReadable(challengeId, Optional.of(me));
        if (challenge.getType() != ChallengeType.MARKET_CONSULTATION) {
            throw SfideException.conflict("consultation.error.notConsultation");
        }
        if (!challenge.getStatus().isOpen()) {
            throw SfideException.conflict("consultation.error.closed");
        }
        List<ConsultationQuestion> questions = consultations.questions(challengeId);
        ConsultationResponse response = consultations.response(challengeId, me.organisationId())
                .orElseGet(() -> new ConsultationResponse(challengeId, me.organisationId(), me.accountId(),
                        clock.instant()));
        List<ConsultationAnswer> given = new ArrayList<>();
        for (AnswerForm a : answers == null ? List.<AnswerForm>of() : answers) {
            if (a == null) {
                continue;
            }
            QuestionKind kind = questions.stream().filter(q -> q.getId() == a.questionId())
                    .map(ConsultationQuestion::getKind).findFirst().orElse(null);
            if (kind == QuestionKind.TEXT) {
                given.add(ConsultationAnswer.text(a.questionId(), a.text()));
            } else if (kind != null) {
                given.add(ConsultationAnswer.choices(a.questionId(), a.choices() == null ? List.of() : a.choices()));
            }
        }
        response.answer(questions, given, me.accountId(), clock.instant());
        if (response.getId() == null) {
            challenges.persistOther(response);
        }
        return toForms(response);
    }

    /** The answers the caller's organisation gave (empty when none yet). */
    @RolesAllowed(Role.OPERATOR_NAME)
    public List<AnswerForm> myAnswers(long challengeId) {
        Actor me = directory.requireActor();
        access.requireReadable(challengeId, Optional.of(me));
        return me.organisationId() == null ? List.of()
                : consultations.response(challengeId, me.organisationId()).map(ConsultationService::toForms)
                        .orElse(List.of());
    }

    /** The answers aggregated, for the buyer's side (officers of the body and co-sponsors, admins). */
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    public ConsultationResults results(long challengeId) {
        requireInternals(challengeId);
        return consultations.aggregate(challengeId);
    }

    /** The answers aggregated when the caller is on the buyer's side (as {@link #results}); empty for anyone else. */
    public Optional<ConsultationResults> resultsForCaller(long challengeId) {
        Optional<Actor> me = directory.currentActor();
        Challenge challenge = access.requireReadable(challengeId, me);
        return me.filter(caller -> access.canFollowInternals(challenge, caller))
                .map(caller -> consultations.aggregate(challengeId));
    }

    /** Every response as CSV (one row per organisation), for the buyer's side. */
    @Audited(value = "consultation.export", target = "challenge")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    public String csv(long challengeId, java.util.Locale locale) {
        requireInternals(challengeId);
        List<ConsultationResponse> responses = consultations.responses(challengeId);
        Map<Long, String> names = directory.organisationNames(responses.stream()
                .map(ConsultationResponse::getOrganisationId).toList());
        return consultations.csv(challengeId, responses, names, locale);
    }

    private void requireInternals(long challengeId) {
        Actor me = directory.requireActor();
        Challenge challenge = access.requireReadable(challengeId, Optional.of(me));
        if (!access.canFollowInternals(challenge, me)) {
            throw SfideException.forbidden();
        }
    }

    private static List<AnswerForm> toForms(ConsultationResponse response) {
        return response.getAnswers().stream()
                .map(a -> new AnswerForm(a.getQuestionId(), a.getText(), a.getChoices())).toList();
    }
}
