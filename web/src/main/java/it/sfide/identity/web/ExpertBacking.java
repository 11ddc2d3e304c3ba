package it.sfide.identity.web;

import it.sfide.identity.boundary.ExpertInvitationService;
import it.sfide.identity.boundary.ExpertInvitationView;
import it.sfide.identity.boundary.NewExpert;
import it.sfide.platform.web.LanguageBacking;
import it.sfide.platform.web.Messages;
import it.sfide.shared.SfideException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Objects;

/**
 * An invited expert's page: a visitor registers as an evaluator; a person signed in with the invited address
 * accepts with one button. Request scoped: the page finds the invitation again by its link on every request.
 */
@Named
@RequestScoped
public class ExpertBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertInvitationService invitations;

    @Inject
    LanguageBacking language;

    private String token;
    /** Whether the link was read in this request (a sent form reads it again: the page keeps nothing). */
    private boolean loaded;
    private ExpertInvitationView invitation;
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
     * View action: reads the invitation of the link, and offers the name the inviter typed; an unknown, used or
     * expired one is told as a message at the top, not an error page.
     */
    public void load() {
        loaded = true;
        locale = language.getCode();
        if (token == null || token.isBlank()) {
            Messages.error("error.expertInvitation.notFound");
            return;
        }
        invitation = invitations.find(token);
        fullName = invitation.fullName();
    }

    public String register() {
        try {
            if (!Objects.equals(password, confirmation)) {
                throw SfideException.invalid("confirmation", "error.password.mismatch");
            }
            invitations.accept(token, new NewExpert(fullName, username, password, locale));
        } finally {
            password = null;
            confirmation = null;
        }
        Messages.info("expert.registered");
        return "/login?faces-redirect=true";
    }

    public String accept() {
        String body = getInvitation() == null ? "" : invitation.bodyName();
        invitations.acceptAsSignedIn(token);
        Messages.info("expert.accepted", body);
        return "/index?faces-redirect=true";
    }

    public ExpertInvitationView getInvitation() {
        if (!loaded && token != null && !token.isBlank()) {
            loaded = true;
            invitation = invitations.find(token);
        }
        return invitation;
    }

    /** Where the login sends the person back to: this page, with its link. */
    public String getReturnAddress() {
        return "/expert.xhtml?token=" + token;
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
