package it.sfide.challenge;

import it.sfide.shared.ValidationFailure;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An organisation's answers to a market consultation: one per organisation, changed as often as it likes until the
 * consultation closes. Every question must be answered, each the way its kind asks.
 */
@Entity
@Table(name = "consultation_response")
@NamedQuery(name = ConsultationResponse.OF_CHALLENGE,
        query = "SELECT r FROM ConsultationResponse r WHERE r.challengeId = :challenge ORDER BY r.submittedAt")
@NamedQuery(name = ConsultationResponse.OF_ORGANISATION,
        query = "SELECT r FROM ConsultationResponse r WHERE r.challengeId = :challenge"
                + " AND r.organisationId = :organisation")
public class ConsultationResponse {

    public static final String OF_CHALLENGE = "ConsultationResponse.ofChallenge";
    public static final String OF_ORGANISATION = "ConsultationResponse.ofOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<ConsultationAnswer> answers = new ArrayList<>();

    protected ConsultationResponse() {
    }

    public ConsultationResponse(long challengeId, long organisationId, long accountId, Instant now) {
        this.challengeId = challengeId;
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** Replaces the answers, after checking each against its question (problems under {@code answers[<i>]}). */
    public void answer(List<ConsultationQuestion> questions, List<ConsultationAnswer> given, long byAccount,
            Instant now) {
        Map<Long, ConsultationAnswer> byQuestion = given.stream()
                .collect(Collectors.toMap(ConsultationAnswer::getQuestionId, Function.identity(), (a, b) -> b));
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        List<ConsultationAnswer> kept = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            ConsultationQuestion q = questions.get(i);
            ConsultationAnswer a = byQuestion.get(q.getId());
            String field = "answers[" + i + "]";
            if (q.getKind() == QuestionKind.TEXT) {
                boolean given1 = a != null && a.getText() != null && !a.getText().isBlank();
                problems.check(given1, field, "consultation.error.answerText");
                problems.check(!given1 || a.getText().length() <= ConsultationAnswer.TEXT_MAX, field,
                        "challenge.error.tooLong", ConsultationAnswer.TEXT_MAX);
            } else {
                List<Integer> chosen = a == null ? List.of() : a.getChoices();
                int options = q.getOptionsIt().size();
                boolean valid = chosen.stream().allMatch(c -> c >= 0 && c < options);
                problems.check(!chosen.isEmpty() && valid, field, "consultation.error.answerChoice");
                problems.check(q.getKind() != QuestionKind.SINGLE || chosen.size() <= 1, field,
                        "consultation.error.answerSingle");
            }
            if (a != null) {
                kept.add(a);
            }
        }
        problems.throwIfAny();
        answers = kept;
        accountId = byAccount;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public long getOrganisationId() { return organisationId; }
    public long getAccountId() { return accountId; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<ConsultationAnswer> getAnswers() { return List.copyOf(answers); }
}
