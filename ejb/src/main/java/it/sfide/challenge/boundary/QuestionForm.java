package it.sfide.challenge.boundary;

import it.sfide.challenge.ConsultationQuestion;
import it.sfide.challenge.QuestionKind;

import java.util.List;

/** A question of a consultation's questionnaire as the buyer writes it and everyone reads it. */
public record QuestionForm(Long id, QuestionKind kind, String textIt, String textEn, List<String> optionsIt,
        List<String> optionsEn) {

    public static QuestionForm of(ConsultationQuestion q) {
        return new QuestionForm(q.getId(), q.getKind(), q.getTextIt(), q.getTextEn(), q.getOptionsIt(),
                q.getOptionsEn());
    }
}
