package it.sfide.challenge;

import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A question an operator asks about a published challenge, private to the buyer, and its answer. The buyer may
 * publish it to everyone, in a wording of their choice, never with the asker's identity: who asked stays in this
 * record and is never part of what is published.
 */
@Entity
@Table(name = "challenge_clarification")
@NamedQuery(name = Clarification.OF_CHALLENGE,
        query = "SELECT q FROM Clarification q WHERE q.challengeId = :challenge ORDER BY q.askedAt, q.id")
@NamedQuery(name = Clarification.PUBLISHED,
        query = "SELECT q FROM Clarification q WHERE q.challengeId = :challenge AND q.publishedAt IS NOT NULL"
                + " ORDER BY q.publishedAt, q.id")
public class Clarification {

    public static final String OF_CHALLENGE = "Clarification.ofChallenge";
    public static final String PUBLISHED = "Clarification.published";
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "asker_account_id", nullable = false)
    private long askerAccountId;

    @Column(name = "asker_organisation_id")
    private Long askerOrganisationId;

    @Lob
    @Column(name = "question", nullable = false)
    private String question;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Lob
    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Lob
    @Column(name = "published_question")
    private String publishedQuestion;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Clarification() {
    }

    public Clarification(long challengeId, long askerAccountId, Long askerOrganisationId, String question,
            Instant now) {
        this.challengeId = challengeId;
        this.askerAccountId = askerAccountId;
        this.askerOrganisationId = askerOrganisationId;
        this.question = text("question", question);
        this.askedAt = Objects.requireNonNull(now);
    }

    /** The buyer answers (or corrects the answer until it is published). */
    public void answer(String text, String officer, Instant now) {
        if (publishedAt != null) {
            throw SfideException.conflict("clarification.error.published");
        }
        answer = text("answer", text);
        answeredBy = Objects.requireNonNull(officer);
        answeredAt = now;
    }

    /**
     * Publishes question and answer to everyone, in the wording given (by default the question as asked): the
     * buyer removes anything in it that would reveal who asked.
     */
    public void publish(String wording, Instant now) {
        if (answer == null) {
            throw SfideException.conflict("clarification.error.unanswered");
        }
        if (publishedAt != null) {
            throw SfideException.conflict("clarification.error.published");
        }
        publishedQuestion = wording == null || wording.isBlank() ? question : text("publishedQuestion", wording);
        publishedAt = now;
    }

    public boolean askedBy(long accountId) {
        return askerAccountId == accountId;
    }

    private static String text(String field, String value) {
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        problems.check(value != null && !value.isBlank(), field, "clarification.error.empty");
        problems.check(value == null || value.length() <= TEXT_MAX, field, "challenge.error.tooLong", TEXT_MAX);
        problems.throwIfAny();
        return value.strip();
    }

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public long getAskerAccountId() { return askerAccountId; }
    public Long getAskerOrganisationId() { return askerOrganisationId; }
    public String getQuestion() { return question; }
    public Instant getAskedAt() { return askedAt; }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getPublishedQuestion() { return publishedQuestion; }
    public Instant getPublishedAt() { return publishedAt; }
}
