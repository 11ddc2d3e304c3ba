package it.sfide.challenge;

import it.sfide.shared.ValidationFailure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One question of a market consultation's questionnaire, in Italian and English; choice questions carry their
 * options in both languages, in the same order.
 */
@Entity
@Table(name = "consultation_question")
@NamedQuery(name = ConsultationQuestion.OF_CHALLENGE,
        query = "SELECT q FROM ConsultationQuestion q WHERE q.challengeId = :challenge ORDER BY q.position")
@NamedQuery(name = ConsultationQuestion.DELETE_OF,
        query = "DELETE FROM ConsultationQuestion q WHERE q.challengeId = :challenge")
public class ConsultationQuestion {

    public static final String OF_CHALLENGE = "ConsultationQuestion.ofChallenge";
    public static final String DELETE_OF = "ConsultationQuestion.deleteOf";
    public static final int TEXT_MAX = 1000;
    public static final int OPTION_MAX = 200;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_QUESTIONS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "question_order", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private QuestionKind kind;

    @Column(name = "text_it", nullable = false, length = TEXT_MAX)
    private String textIt;

    @Column(name = "text_en", nullable = false, length = TEXT_MAX)
    private String textEn;

    @Lob
    @Column(name = "options_it")
    private String optionsIt;

    @Lob
    @Column(name = "options_en")
    private String optionsEn;

    protected ConsultationQuestion() {
    }

    /**
     * A question, checked: both texts, and for a choice question two to {@value #MAX_OPTIONS} options, as many in
     * English as in Italian. Problems are reported under {@code questions[<index>].<field>}.
     */
    public ConsultationQuestion(long challengeId, int position, QuestionKind kind, String textIt, String textEn,
            List<String> optionsIt, List<String> optionsEn) {
        String at = "questions[" + (position - 1) + "].";
        List<String> it = clean(optionsIt);
        List<String> en = clean(optionsEn);
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        problems.check(kind != null, at + "kind", "consultation.error.kind");
        problems.check(textIt != null && !textIt.isBlank(), at + "textIt", "consultation.error.text");
        problems.check(textEn != null && !textEn.isBlank(), at + "textEn", "consultation.error.text");
        problems.check(textIt == null || textIt.length() <= TEXT_MAX, at + "textIt", "challenge.error.tooLong",
                TEXT_MAX);
        problems.check(textEn == null || textEn.length() <= TEXT_MAX, at + "textEn", "challenge.error.tooLong",
                TEXT_MAX);
        if (kind != null && kind.hasOptions()) {
            problems.check(it.size() >= 2 && it.size() <= MAX_OPTIONS, at + "optionsIt", "consultation.error.options",
                    MAX_OPTIONS);
            problems.check(en.size() == it.size(), at + "optionsEn", "consultation.error.optionsCount", it.size());
            problems.check(it.stream().allMatch(o -> o.length() <= OPTION_MAX)
                    && en.stream().allMatch(o -> o.length() <= OPTION_MAX), at + "optionsIt",
                    "challenge.error.tooLong", OPTION_MAX);
        }
        problems.throwIfAny();
        this.challengeId = challengeId;
        this.position = position;
        this.kind = Objects.requireNonNull(kind);
        this.textIt = textIt.strip();
        this.textEn = textEn.strip();
        this.optionsIt = kind.hasOptions() ? String.join("\n", it) : null;
        this.optionsEn = kind.hasOptions() ? String.join("\n", en) : null;
    }

    private static List<String> clean(List<String> options) {
        return options == null ? List.of()
                : options.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
    }

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public int getPosition() { return position; }
    public QuestionKind getKind() { return kind; }
    public String getTextIt() { return textIt; }
    public String getTextEn() { return textEn; }
    public List<String> getOptionsIt() { return optionsIt == null ? List.of() : Arrays.asList(optionsIt.split("\n")); }
    public List<String> getOptionsEn() { return optionsEn == null ? List.of() : Arrays.asList(optionsEn.split("\n")); }
}
