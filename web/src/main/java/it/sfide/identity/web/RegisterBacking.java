package it.sfide.identity.web;

import it.sfide.identity.ItalianRegion;
import it.sfide.identity.OperatorType;
import it.sfide.identity.OrganisationKind;
import it.sfide.identity.boundary.RegistrationRequest;
import it.sfide.identity.boundary.RegistrationService;
import it.sfide.platform.web.LanguageBacking;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/** Registration of an organisation with its first member. View scoped: nothing typed is lost on an error. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Business field names of the boundary, and the inputs of this page they belong to. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("kind", "register:kind"),
            Map.entry("organisationName", "register:organisationName"),
            Map.entry("taxCode", "register:taxCode"),
            Map.entry("vatNumber", "register:vatNumber"),
            Map.entry("country", "register:country"),
            Map.entry("operatorType", "register:operatorType"),
            Map.entry("contactEmail", "register:contactEmail"),
            Map.entry("ipaCode", "register:ipaCode"),
            Map.entry("pec", "register:pec"),
            Map.entry("region", "register:region"),
            Map.entry("fullName", "register:fullName"),
            Map.entry("username", "register:username"),
            Map.entry("email", "register:email"),
            Map.entry("password", "register:password"));

    @Inject
    RegistrationService registrations;

    @Inject
    LanguageBacking language;

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
    }

    public String register() {
        try {
            if (!Objects.equals(password, confirmation)) {
                Messages.fieldError("register:confirmation", "error.password.mismatch");
                return null;
            }
            boolean body = isPublicBody();
            registrations.register(new RegistrationRequest(kind, organisationName, body ? "IT" : country, taxCode,
                    body ? null : vatNumber, body ? null : operatorType, body ? null : contactEmail,
                    body ? ipaCode : null, body ? pec : null, body ? region : null,
                    fullName, username, email, password, locale));
        } catch (RuntimeException e) {
            if (!Messages.show(e, FIELDS)) {
                throw e;
            }
            return null;
        } finally {
            password = null;
            confirmation = null;
        }
        Messages.info("register.done", organisationName);
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
