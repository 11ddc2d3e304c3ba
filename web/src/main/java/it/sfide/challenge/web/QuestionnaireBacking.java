package it.sfide.challenge.web;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.QuestionKind;
import it.sfide.challenge.boundary.AnswerForm;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.ConsultationResults;
import it.sfide.challenge.boundary.ConsultationService;
import it.sfide.challenge.boundary.QuestionForm;
import it.sfide.identity.web.SessionBacking;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A market consultation's questionnaire: the buyer writes it while the consultation is a draft; an operator
 * answers (and changes the answers) while it is open; the buyer's side reads the aggregated answers and downloads
 * them as CSV.
 */
@Named
@ViewScoped
public class QuestionnaireBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationService consultations;

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    SessionBacking current;

    private ChallengeView challenge;
    private List<QuestionForm> questions = List.of();
    private final List<QuestionRow> rows = new ArrayList<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, String> single = new HashMap<>();
    private final Map<Long, String[]> multiple = new HashMap<>();
    private ConsultationResults results;

    @PostConstruct
    void init() {
        long id = Messages.requiredParameter("id", "challenge.error.notFound");
        challenge = catalogue.get(id);
        questions = consultations.questions(id);
        if (isEditing()) {
            questions.forEach(q -> rows.add(QuestionRow.of(q)));
            if (rows.isEmpty()) {
                rows.add(new QuestionRow());
            }
        }
        if (isAnswering()) {
            // an array per multiple-choice question: what the checkboxes submit into a map entry
            questions.forEach(q -> multiple.put(q.id(), new String[0]));
            for (AnswerForm a : consultations.myAnswers(id)) {
                texts.put(a.questionId(), a.text());
                List<String> chosen = a.choices() == null ? List.of()
                        : a.choices().stream().map(String::valueOf).toList();
                single.put(a.questionId(), chosen.isEmpty() ? null : chosen.get(0));
                multiple.put(a.questionId(), chosen.toArray(new String[0]));
            }
        }
        results = consultations.resultsForCaller(id).orElse(null);
    }

    public boolean isEditing() {
        return challenge != null && challenge.editable() && challenge.status() == ChallengeStatus.DRAFT;
    }

    public boolean isAnswering() {
        return challenge != null && challenge.status().isOpen() && current.hasRole("OPERATOR");
    }

    public void addQuestion() {
        rows.add(new QuestionRow());
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public String saveQuestions() {
        List<QuestionForm> forms = rows.stream().map(QuestionRow::toForm).toList();
        return act(() -> consultations.defineQuestions(challenge.id(), forms), "consultation.saved");
    }

    public String saveAnswers() {
        List<AnswerForm> answers = questions.stream().map(q -> switch (q.kind()) {
            case TEXT -> new AnswerForm(q.id(), texts.get(q.id()), null);
            case SINGLE -> new AnswerForm(q.id(), null, single.get(q.id()) == null ? List.of()
                    : List.of(Integer.valueOf(single.get(q.id()))));
            case MULTIPLE -> new AnswerForm(q.id(), null, Arrays.stream(multiple.getOrDefault(q.id(),
                    new String[0])).map(Integer::valueOf).toList());
        }).toList();
        return act(() -> consultations.answer(challenge.id(), answers), "consultation.answered");
    }

    /** Sends the CSV of every response. */
    public void downloadCsv() {
        String csv = "\uFEFF" + consultations.csv(challenge.id(), Messages.locale());
        PageDownloads.send(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8",
                "consultation-" + challenge.id() + ".csv");
    }

    private String act(Runnable action, String done) {
        return Actions.run(action, done, "/challenges/questionnaire?faces-redirect=true&id=" + challenge.id());
    }

    /** A choice question's options in the page's language, valued by their position ("0", "1", ...). */
    public List<jakarta.faces.model.SelectItem> options(QuestionForm q) {
        List<String> labels = "en".equals(Messages.locale().getLanguage()) ? q.optionsEn() : q.optionsIt();
        List<jakarta.faces.model.SelectItem> items = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            items.add(new jakarta.faces.model.SelectItem(String.valueOf(i), labels.get(i)));
        }
        return items;
    }

    public ChallengeView getChallenge() { return challenge; }
    public List<QuestionForm> getQuestions() { return questions; }
    public List<QuestionRow> getRows() { return rows; }
    public Map<Long, String> getTexts() { return texts; }
    public Map<Long, String> getSingle() { return single; }
    public Map<Long, String[]> getMultiple() { return multiple; }
    public ConsultationResults getResults() { return results; }
    public List<QuestionKind> getKinds() { return List.of(QuestionKind.values()); }
}
