package it.sfide.evaluation.web;

import it.sfide.challenge.Themes;
import it.sfide.evaluation.boundary.ExpertiseService;
import it.sfide.evaluation.boundary.ExpertiseView;
import it.sfide.platform.web.Actions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The caller's declared expertise: themes, keywords and affiliations (used to find conflicts of interest). */
@Named
@ViewScoped
public class ExpertiseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertiseService expertise;

    private List<String> themes;
    private String keywords;
    private String affiliations;
    private Instant updatedAt;

    @PostConstruct
    void init() {
        show(expertise.mine());
    }

    public String save() {
        return Actions.run(() -> show(expertise.declare(new ExpertiseView(themes, keywords, affiliations, null))),
                "evaluation.expertise.saved", "/evaluation/expertise?faces-redirect=true");
    }

    private void show(ExpertiseView view) {
        themes = new ArrayList<>(view.themes());
        keywords = view.keywords();
        affiliations = view.affiliations();
        updatedAt = view.updatedAt();
    }

    public List<String> getThemeCodes() { return Themes.CODES; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes == null ? new ArrayList<>() : themes; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getAffiliations() { return affiliations; }
    public void setAffiliations(String affiliations) { this.affiliations = affiliations; }
    public Instant getUpdatedAt() { return updatedAt; }
}
