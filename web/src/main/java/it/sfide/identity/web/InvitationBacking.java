package it.sfide.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;

import it.sfide.identity.boundary.InvitationView;
import it.sfide.identity.boundary.NewMember;
import it.sfide.identity.boundary.RegistrationService;
import it.sfide.platform.web.LanguageBacking;
import it.sfide.platform.web.Messages;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Objects;

/** Accepting an invitation: the invited person chooses their name, username, password and language. */
@Named
@RequestScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    @Inject
    LanguageBacking language;

    private String token;
    /** Whether the link was read in this request (a sent form reads it again: the page keeps nothing). */
    private boolean loaded;
    private InvitationView invitation;
    private String fullName;
    private String username;
    private String password;
    private String confirmation;
    private String locale;

    @PostConstruct
    void readToken() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
    }

    /**
     * View action: reads the invitation of the link; an unknown, used or expired one is told as a message at the
     * top, not an error page (a view action's failure is shown on the page, see PageExceptionHandler).
     */
    public void load() {
        loaded = true;
        locale = language.getCode();
        if (token == null || token.isBlank()) {
            Messages.error("error.invitation.notFound");
            return;
        }
        invitation = registrations.describeInvitation(token);
    }

    public String accept() {
        try {
            if (!Objects.equals(password, confirmation)) {
                throw SfideException.invalid("confirmation", "error.password.mismatch");
            }
            registrations.acceptInvitation(token, new NewMember(fullName, username, password, locale));
        } finally {
            password = null;
            confirmation = null;
        }
        Messages.info("invitation.done", invitation.organisationName());
        return "/login?faces-redirect=true";
    }

    public InvitationView getInvitation() {
        if (!loaded && token != null && !token.isBlank()) {
            loaded = true;
            invitation = registrations.describeInvitation(token);
        }
        return invitation;
    }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
}
