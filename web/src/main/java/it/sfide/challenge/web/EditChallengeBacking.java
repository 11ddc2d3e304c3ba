package it.sfide.challenge.web;

import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Themes;
import it.sfide.challenge.TieBreak;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeService;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.identity.ItalianRegion;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageFailure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The writing wizard: five steps (basics, need, money and phases, evaluation, preview). Every move between steps
 * saves the draft, complete or not, so nothing typed is lost; the preview shows the challenge as everyone will see
 * it, with what publishing still needs.
 */
@Named
@ViewScoped
public class EditChallengeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeService challenges;

    @Inject
    ChallengeCatalogue catalogue;

    private Long id;
    private WizardForm form = new WizardForm();
    private int step;
    private ChallengeView preview;
    private boolean amend;
    private String reason;

    @PostConstruct
    void init() {
        id = Messages.longParameter("id");
        amend = id != null && "true".equals(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("amend"));
        if (id != null) {
            form = WizardForm.of(challenges.form(id));
        }
        form.fitPhases();
        if (form.getCriteria().isEmpty()) {
            form.addCriterion();
        }
    }

    /** Saves and goes to the next step (amending a published challenge: only moves, nothing is saved yet). */
    public String next() {
        return goTo(step + 1);
    }

    public String back() {
        return goTo(step - 1);
    }

    /** Saves and stays, saying so. */
    public String saveDraft() {
        save();
        Messages.info("challenge.saved");
        return null;
    }

    /** Jumps to a step from the step list (saving first). */
    public String goTo(int target) {
        if (!amend) {
            save();
        }
        go(target);
        return null;
    }

    /** Saves and opens the challenge's page, where publication is asked for. */
    public String finish() {
        save();
        Messages.info("challenge.saved");
        return "/challenges/view?faces-redirect=true&id=" + id;
    }

    /**
     * Publishes the corrected texts of a published challenge as an amendment, with its reason: the notice is
     * issued again and followers are told.
     */
    public String saveAmendment() {
        return Actions.run(() -> challenges.amendTexts(id, form.toForm(), reason), "challenge.amended",
                "/challenges/view?faces-redirect=true&id=" + id);
    }

    /** A refused save opens the step of the first wrong field (the page handler puts each on its input). */
    void showStepOf(@Observes(notifyObserver = Reception.IF_EXISTS) PageFailure failure) {
        if (!amend) {
            step = failure.problems().stream().filter(p -> p.field() != null)
                    .mapToInt(p -> WizardSteps.stepOf(p.field())).min().orElse(step);
        }
    }

    public void typeChanged() {
        form.fitPhases();
    }

    public void addCriterion() {
        form.addCriterion();
    }

    public void removeCriterion(int index) {
        form.removeCriterion(index);
    }

    private void go(int target) {
        step = Math.max(0, Math.min(getSteps().size() - 1, target));
        form.fitPhases();
        if (!amend && step == WizardSteps.STEPS.size() - 1) {
            preview = catalogue.get(id);
        }
    }

    private void save() {
        ChallengeView saved = id == null ? challenges.create(form.toForm()) : challenges.update(id, form.toForm());
        id = saved.id();
    }

    public boolean isStep(String name) {
        return WizardSteps.STEPS.get(step).equals(name);
    }

    /** The steps shown: all five when writing; the two holding texts when amending a published challenge. */
    public List<String> getSteps() { return amend ? WizardSteps.STEPS.subList(0, 2) : WizardSteps.STEPS; }
    public boolean isAmend() { return amend; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<ChallengeType> getTypes() { return List.of(ChallengeType.values()); }
    public List<TieBreak> getTieBreaks() { return List.of(TieBreak.values()); }
    public List<String> getThemes() { return Themes.CODES; }
    public List<ItalianRegion> getRegions() { return List.of(ItalianRegion.values()); }
    public Long getId() { return id; }
    public WizardForm getForm() { return form; }
    public int getStep() { return step; }
    public ChallengeView getPreview() { return preview; }
}
