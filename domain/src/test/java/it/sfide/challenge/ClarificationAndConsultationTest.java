package it.sfide.challenge;

import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClarificationAndConsultationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aClarificationIsPublishedOnceAnsweredInTheWordingGivenAndNeverChangedAfter() {
        Clarification q = new Clarification(1, 7, 3L, "Sono Luca di Nuvola: si può?", NOW);
        assertEquals("clarification.error.unanswered",
                assertThrows(SfideException.class, () -> q.publish(null, NOW)).messageKey());
        q.answer("Sì.", "buyer1", NOW);
        q.publish("Si può?", NOW);
        assertEquals("Si può?", q.getPublishedQuestion());
        assertEquals("Sono Luca di Nuvola: si può?", q.getQuestion(), "the original stays on the buyer's side");
        assertThrows(SfideException.class, () -> q.answer("No.", "buyer1", NOW));
        assertThrows(SfideException.class, () -> q.publish("Ancora", NOW));
        assertThrows(ValidationFailure.class, () -> new Clarification(1, 7, 3L, "  ", NOW));
        assertThrows(ValidationFailure.class, () -> new Clarification(1, 7, 3L, "x".repeat(4001), NOW));
    }

    @Test
    void aChoiceQuestionNeedsTwoOptionsAndAsManyInEnglishAsInItalian() {
        ValidationFailure one = assertThrows(ValidationFailure.class, () -> new ConsultationQuestion(1, 2,
                QuestionKind.SINGLE, "Quale?", "Which?", List.of("Sola"), List.of("Only")));
        assertEquals("questions[1].optionsIt", one.problems().get(0).field());
        ValidationFailure uneven = assertThrows(ValidationFailure.class, () -> new ConsultationQuestion(1, 1,
                QuestionKind.MULTIPLE, "Quali?", "Which?", List.of("A", "B", "C"), List.of("A", "B")));
        assertEquals("consultation.error.optionsCount", uneven.problems().get(0).messageKey());
        ConsultationQuestion text = new ConsultationQuestion(1, 1, QuestionKind.TEXT, "Costo?", "Cost?",
                List.of("ignored"), null);
        assertEquals(List.of(), text.getOptionsIt());
    }

    @Test
    void aResponseAnswersEveryQuestionTheWayItsKindAsks() throws Exception {
        ConsultationQuestion single = question(10, QuestionKind.SINGLE);
        ConsultationQuestion multiple = question(11, QuestionKind.MULTIPLE);
        ConsultationQuestion text = question(12, QuestionKind.TEXT);
        List<ConsultationQuestion> questions = List.of(single, multiple, text);
        ConsultationResponse response = new ConsultationResponse(1, 5, 7, NOW);
        ValidationFailure wrong = assertThrows(ValidationFailure.class, () -> response.answer(questions, List.of(
                ConsultationAnswer.choices(10, List.of(0, 1)), ConsultationAnswer.choices(11, List.of(5)),
                ConsultationAnswer.text(12, " ")), 7, NOW));
        assertEquals(List.of("answers[0]", "answers[1]", "answers[2]"),
                wrong.problems().stream().map(SfideException::field).toList());
        response.answer(questions, List.of(ConsultationAnswer.choices(10, List.of(1)),
                ConsultationAnswer.choices(11, List.of(2, 0, 2)), ConsultationAnswer.text(12, "Mille euro")), 7, NOW);
        assertEquals(List.of(0, 2), response.getAnswers().get(1).getChoices());
    }

    private static ConsultationQuestion question(long id, QuestionKind kind) throws Exception {
        ConsultationQuestion q = new ConsultationQuestion(1, 1, kind, "Domanda", "Question",
                List.of("A", "B", "C"), List.of("A", "B", "C"));
        var field = ConsultationQuestion.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(q, id);
        return q;
    }
}
