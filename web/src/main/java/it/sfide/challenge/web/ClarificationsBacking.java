package it.sfide.challenge.web;

import it.sfide.challenge.boundary.ClarificationService;
import it.sfide.challenge.boundary.ClarificationView;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The clarifications section of a challenge's page: reading, asking, and for the buyer answering and publishing. */
@Named
@RequestScoped
public class ClarificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClarificationService clarifications;

    private long challengeId;
    private List<ClarificationView> list = List.of();
    private String question;
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, String> wordings = new HashMap<>();

    @PostConstruct
    void init() {
        Long id = Messages.longParameter("id");
        if (id == null) {
            return;
        }
        challengeId = id;
        list = clarifications.of(id);
        list.forEach(q -> {
            answers.put(q.id(), q.answer());
            wordings.put(q.id(), q.question());
        });
    }

    private String act(Runnable action, String done) {
        return Actions.run(action, done, "/challenges/view?faces-redirect=true&id=" + challengeId);
    }

    public String ask() {
        return act(() -> clarifications.ask(challengeId, question), "clarification.asked");
    }

    public String answer(long id) {
        return act(() -> clarifications.answer(id, answers.get(id)), "clarification.answered");
    }

    public String publish(long id) {
        return act(() -> clarifications.publish(id, wordings.get(id)), "clarification.published");
    }

    public List<ClarificationView> getList() { return list; }
    public List<ClarificationView> getPublished() {
        return list.stream().filter(q -> q.publishedAt() != null).toList();
    }
    public List<ClarificationView> getPending() {
        return list.stream().filter(q -> q.publishedAt() == null).toList();
    }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public Map<Long, String> getAnswers() { return answers; }
    public Map<Long, String> getWordings() { return wordings; }
}
