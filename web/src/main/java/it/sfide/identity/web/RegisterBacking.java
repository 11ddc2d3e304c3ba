package it.sfide.identity.web;

import it.sfide.identity.ItalianRegion;
import it.sfide.identity.OperatorType;
import it.sfide.identity.OrganisationKind;
import it.sfide.identity.boundary.RegistrationRequest;
import it.sfide.identity.boundary.RegistrationService;
import it.sfide.platform.web.ClientAddress;
import it.sfide.platform.web.LanguageBacking;
import it.sfide.platform.web.Messages;
import it.sfide.shared.SfideException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.Objects;

/**
 * Registration of an organisation with its first member. Request scoped, on a stateless page for visitors: the form
 * holds everything, and what was typed comes back with the messages when something is wrong.
 */
@Named
@RequestScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    @Inject
    LanguageBacking language;

    @Inject
    ClientAddress clientAddress;

    private OrganisationKind kind = OrganisationKind.OPERATOR;
    private String organisationName;
    private String ipaCode;
    private String taxCode;
    private String pec;
    private ItalianRegion region;
    private OperatorType operatorType;
    private String country = "IT";
    private String vatNumber;
    private String contactEmail;
    private String fullName;
    private String username;
    private String email;
    private String password;
    private String confirmation;
    private String locale;

    @PostConstruct
    void init() {
        locale = language.getCode();
        // the kind chosen decides which fields the form has: known before they are read, as the page keeps nothing
        String sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("register:kind");
        for (OrganisationKind each : OrganisationKind.values()) {
            if (each.name().equals(sent)) {
                kind = each;
            }
        }
    }

    public String register() {
        try {
            if (!Objects.equals(password, confirmation)) {
                throw SfideException.invalid("confirmation", "error.password.mismatch");
            }
            boolean body = isPublicBody();
            registrations.register(new RegistrationRequest(kind, organisationName, body ? "IT" : country, taxCode,
                    body ? null : vatNumber, body ? null : operatorType, body ? null : contactEmail,
                    body ? ipaCode : null, body ? pec : null, body ? region : null,
                    fullName, username, email, password, locale),
                    clientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                            .getRequest()));
        } finally {
            password = null;
            confirmation = null;
        }
        Messages.info("register.done", email);
        return "/login?faces-redirect=true";
    }

    public boolean isPublicBody() {
        return kind == OrganisationKind.PUBLIC_BODY;
    }

    public OrganisationKind[] getKinds() { return OrganisationKind.values(); }
    public ItalianRegion[] getRegions() { return ItalianRegion.values(); }
    public OperatorType[] getOperatorTypes() { return OperatorType.values(); }

    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getIpaCode() { return ipaCode; }
    public void setIpaCode(String ipaCode) { this.ipaCode = ipaCode; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getPec() { return pec; }
    public void setPec(String pec) { this.pec = pec; }
    public ItalianRegion getRegion() { return region; }
    public void setRegion(ItalianRegion region) { this.region = region; }
    public OperatorType getOperatorType() { return operatorType; }
    public void setOperatorType(OperatorType operatorType) { this.operatorType = operatorType; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getVatNumber() { return vatNumber; }
    public void setVatNumber(String vatNumber) { this.vatNumber = vatNumber; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
}
