package it.sfide.challenge.control;

import it.sfide.challenge.ConsultationAnswer;
import it.sfide.challenge.ConsultationQuestion;
import it.sfide.challenge.ConsultationResponse;
import it.sfide.challenge.QuestionKind;
import it.sfide.challenge.boundary.ConsultationResults;
import it.sfide.challenge.boundary.QuestionForm;
import it.sfide.platform.i18n.Texts;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Questionnaires and responses of market consultations: storing, aggregating, exporting. */
@Dependent
public class Consultations {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Europe/Rome"));

    @PersistenceContext
    EntityManager em;

    public List<ConsultationQuestion> questions(long challengeId) {
        return em.createNamedQuery(ConsultationQuestion.OF_CHALLENGE, ConsultationQuestion.class)
                .setParameter("challenge", challengeId).getResultList();
    }

    public void replaceQuestions(long challengeId, List<ConsultationQuestion> questions) {
        em.createNamedQuery(ConsultationQuestion.DELETE_OF).setParameter("challenge", challengeId).executeUpdate();
        questions.forEach(em::persist);
        em.flush();
    }

    public Optional<ConsultationResponse> response(long challengeId, long organisationId) {
        return em.createNamedQuery(ConsultationResponse.OF_ORGANISATION, ConsultationResponse.class)
                .setParameter("challenge", challengeId).setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    public List<ConsultationResponse> responses(long challengeId) {
        return em.createNamedQuery(ConsultationResponse.OF_CHALLENGE, ConsultationResponse.class)
                .setParameter("challenge", challengeId).getResultList();
    }

    /** Counts per option and texts per question. */
    public ConsultationResults aggregate(long challengeId) {
        List<ConsultationQuestion> questions = questions(challengeId);
        List<ConsultationResponse> responses = responses(challengeId);
        List<ConsultationResults.QuestionResult> results = new ArrayList<>();
        for (ConsultationQuestion q : questions) {
            List<ConsultationAnswer> answers = responses.stream().flatMap(r -> r.getAnswers().stream())
                    .filter(a -> a.getQuestionId() == q.getId()).toList();
            List<ConsultationResults.OptionCount> options = new ArrayList<>();
            for (int i = 0; i < q.getOptionsIt().size(); i++) {
                int option = i;
                int count = (int) answers.stream().filter(a -> a.getChoices().contains(option)).count();
                options.add(new ConsultationResults.OptionCount(q.getOptionsIt().get(i), q.getOptionsEn().get(i),
                        count, responses.isEmpty() ? 0 : Math.round(100f * count / responses.size())));
            }
            List<String> texts = q.getKind() == QuestionKind.TEXT
                    ? answers.stream().map(ConsultationAnswer::getText).filter(t -> t != null).toList() : List.of();
            results.add(new ConsultationResults.QuestionResult(QuestionForm.of(q), options, texts));
        }
        return new ConsultationResults(challengeId, responses.size(), results);
    }

    /**
     * One row per organisation: its name, when it first answered and last changed, then one column per question
     * (chosen options joined by "; "). Cells that a spreadsheet would read as a formula are prefixed with an
     * apostrophe.
     */
    public String csv(long challengeId, List<ConsultationResponse> responses, Map<Long, String> names,
            Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<ConsultationQuestion> questions = questions(challengeId);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(Texts.get(locale, "consultation.csv.organisation"),
                Texts.get(locale, "consultation.csv.submitted"), Texts.get(locale, "consultation.csv.updated")));
        questions.forEach(q -> header.add(english ? q.getTextEn() : q.getTextIt()));
        line(out, header);
        for (ConsultationResponse r : responses) {
            List<String> row = new ArrayList<>(List.of(names.getOrDefault(r.getOrganisationId(), ""),
                    CSV_TIME.format(r.getSubmittedAt()), CSV_TIME.format(r.getUpdatedAt())));
            for (ConsultationQuestion q : questions) {
                ConsultationAnswer a = r.getAnswers().stream().filter(x -> x.getQuestionId() == q.getId())
                        .findFirst().orElse(null);
                List<String> labels = english ? q.getOptionsEn() : q.getOptionsIt();
                row.add(a == null ? "" : q.getKind() == QuestionKind.TEXT ? a.getText()
                        : a.getChoices().stream().filter(c -> c < labels.size()).map(labels::get)
                                .collect(Collectors.joining("; ")));
            }
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        it.sfide.shared.Csv.line(out, cells);
    }
}
