package it.sfide.identity.web;

import it.sfide.identity.boundary.LegalRepresentativeForm;
import it.sfide.identity.boundary.LegalRepresentativeService;
import it.sfide.identity.boundary.LegalRepresentativeView;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The legal representatives section of the organisation page: the list for its members, and for its manager the
 * form that adds one or, with {@code ?edit=<id>}, corrects it, and the removal. The page's organisation and whether
 * the caller manages it come from {@link OrganisationBacking}; the service decides again.
 */
@Named
@ViewScoped
public class LegalRepresentativesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/organisation/index?faces-redirect=true";

    @Inject
    LegalRepresentativeService representatives;

    @Inject
    OrganisationBacking page;

    private List<LegalRepresentativeView> list = List.of();
    private LegalRepresentativeView editing;
    private String givenName;
    private String familyName;
    private String taxCode;
    private String foreignCountry;
    private String foreignId;
    private String title;
    private Long accountId;

    @PostConstruct
    void init() {
        if (page.getOrganisation() == null) {
            return;
        }
        list = representatives.list(page.getOrganisation().id());
        Long edit = page.isManager() ? Messages.longParameter("edit") : null;
        if (edit != null) {
            list.stream().filter(r -> r.id() == edit).findFirst().ifPresent(this::edit);
        }
    }

    private void edit(LegalRepresentativeView r) {
        editing = r;
        givenName = r.givenName();
        familyName = r.familyName();
        taxCode = r.taxCode();
        foreignCountry = r.foreignCountry();
        foreignId = r.foreignId();
        title = r.title();
        accountId = r.accountId();
    }

    public String save() {
        long organisation = page.getOrganisation().id();
        LegalRepresentativeForm form = new LegalRepresentativeForm(givenName, familyName, taxCode, foreignCountry,
                foreignId, title, accountId);
        LegalRepresentativeView saved = editing == null ? representatives.add(organisation, form)
                : representatives.update(organisation, editing.id(), form);
        Messages.info("legalRep.saved", saved.fullName());
        return PAGE;
    }

    public String remove(long id) {
        String name = list.stream().filter(r -> r.id() == id).map(LegalRepresentativeView::fullName).findFirst()
                .orElse("");
        representatives.remove(page.getOrganisation().id(), id);
        Messages.info("legalRep.removed", name);
        return PAGE;
    }

    public List<LegalRepresentativeView> getList() { return list; }
    public LegalRepresentativeView getEditing() { return editing; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getForeignCountry() { return foreignCountry; }
    public void setForeignCountry(String foreignCountry) { this.foreignCountry = foreignCountry; }
    public String getForeignId() { return foreignId; }
    public void setForeignId(String foreignId) { this.foreignId = foreignId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
}
