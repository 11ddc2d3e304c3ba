package it.sfide.reuse.web;

import it.sfide.platform.web.Messages;
import it.sfide.reuse.PublicCodeVocabulary;
import it.sfide.reuse.boundary.CatalogueService;
import it.sfide.reuse.boundary.EntryView;
import it.sfide.shared.SfideException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The publishing form ({@code /catalogue/publish.xhtml}): {@code ?contract=} publishes the solution of a completed
 * contract (filled in from the contract and its challenge), {@code ?id=} edits an entry of the caller's body. The
 * same boundary methods as the API; each refusal on its field.
 */
@Named
@ViewScoped
public class EntryFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogue;

    private Long contractId;
    private Long entryId;
    private String contractTitle;
    private EntryFormModel form;

    @PostConstruct
    void init() {
        entryId = Messages.longParameter("id");
        if (entryId != null) {
            EntryView entry = catalogue.get(entryId);
            if (!entry.caller().owner()) {
                throw SfideException.notFound("reuse.error.notFound");
            }
            form = EntryFormModel.of(entry.form());
            contractTitle = entry.challengeTitle(Messages.locale());
        } else {
            contractId = Messages.requiredParameter("contract", "contract.error.notFound");
            form = EntryFormModel.of(catalogue.draft(contractId));
        }
    }

    /** Publishes or saves, then opens the entry's page. */
    public String save() {
        EntryView saved = entryId == null ? catalogue.publish(contractId, form.form(contractId))
                : catalogue.update(entryId, form.form(null));
        Messages.info(entryId == null ? "reuse.published" : "reuse.saved");
        return "/catalogue/entry?faces-redirect=true&id=" + saved.id();
    }

    public boolean isEditing() { return entryId != null; }
    public Long getEntryId() { return entryId; }
    public Long getContractId() { return contractId; }
    public String getContractTitle() { return contractTitle; }
    public EntryFormModel getForm() { return form; }
    public List<String> getLicences() { return List.copyOf(PublicCodeVocabulary.LICENCES); }
    public List<String> getSoftwareTypes() { return List.copyOf(PublicCodeVocabulary.SOFTWARE_TYPES); }
    public List<String> getStatuses() { return List.copyOf(PublicCodeVocabulary.DEVELOPMENT_STATUSES); }
    public List<String> getCategories() { return List.copyOf(PublicCodeVocabulary.CATEGORIES); }
    public List<String> getPlatforms() { return List.copyOf(PublicCodeVocabulary.PLATFORMS); }
}
