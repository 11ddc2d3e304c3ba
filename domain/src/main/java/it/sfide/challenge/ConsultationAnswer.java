package it.sfide.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The answer to one question: a text, or the chosen options by their position (from 0). */
@Embeddable
public class ConsultationAnswer {

    public static final int TEXT_MAX = 4000;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Lob
    @Column(name = "answer_text")
    private String text;

    @Column(name = "choices", length = 200)
    private String choices;

    protected ConsultationAnswer() {
    }

    private ConsultationAnswer(long questionId, String text, String choices) {
        this.questionId = questionId;
        this.text = text;
        this.choices = choices;
    }

    public static ConsultationAnswer text(long questionId, String text) {
        return new ConsultationAnswer(questionId, text == null ? null : text.strip(), null);
    }

    public static ConsultationAnswer choices(long questionId, List<Integer> chosen) {
        return new ConsultationAnswer(questionId, null,
                chosen.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(",")));
    }

    public long getQuestionId() { return questionId; }
    public String getText() { return text; }
    public List<Integer> getChoices() {
        return choices == null || choices.isEmpty() ? List.of()
                : Arrays.stream(choices.split(",")).map(Integer::valueOf).toList();
    }
}
