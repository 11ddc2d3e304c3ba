package it.sfide.reuse.web;

import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.reuse.boundary.AdoptionForm;
import it.sfide.reuse.boundary.CatalogueService;
import it.sfide.reuse.boundary.EntryView;
import it.sfide.reuse.boundary.InterestView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry's page ({@code /catalogue/entry.xhtml?id=}): the solution for anyone, with where it is in use; for
 * officers of other public bodies the forms that declare interest and record an adoption; for the owning body's
 * officers who is interested. Each button calls the API's boundary method.
 */
@Named
@RequestScoped
public class CatalogueEntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogue;

    private EntryView entry;
    private List<InterestView> interests = List.of();

    private String message;
    private LocalDate since;
    private String whereInUse;
    private String url;

    @PostConstruct
    void init() {
        long id = Messages.requiredParameter("id", "reuse.error.notFound");
        entry = catalogue.get(id);
        if (entry.caller().owner()) {
            interests = catalogue.interests(id);
        }
    }

    private String act(Runnable action, String done) {
        return Actions.run(action, done, "/catalogue/entry?faces-redirect=true&id=" + entry.id());
    }

    public String declareInterest() {
        return act(() -> catalogue.declareInterest(entry.id(), message), "reuse.interest.declared");
    }

    public String recordAdoption() {
        return act(() -> catalogue.recordAdoption(entry.id(), new AdoptionForm(since, whereInUse, url)),
                "reuse.adoption.recorded");
    }

    public EntryView getEntry() { return entry; }
    public List<InterestView> getInterests() { return interests; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public LocalDate getSince() { return since; }
    public void setSince(LocalDate since) { this.since = since; }
    public String getWhereInUse() { return whereInUse; }
    public void setWhereInUse(String whereInUse) { this.whereInUse = whereInUse; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
