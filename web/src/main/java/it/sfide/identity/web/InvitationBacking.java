package it.sfide.identity.web;

import it.sfide.identity.boundary.InvitationView;
import it.sfide.identity.boundary.NewMember;
import it.sfide.identity.boundary.RegistrationService;
import it.sfide.platform.web.LanguageBacking;
import it.sfide.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/** Accepting an invitation: the invited person chooses their name, username, password and language. */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "fullName", "invitation:fullName",
            "username", "invitation:username",
            "password", "invitation:password");

    @Inject
    RegistrationService registrations;

    @Inject
    LanguageBacking language;

    private String token;
    private InvitationView invitation;
    private String fullName;
    private String username;
    private String password;
    private String confirmation;
    private String locale;

    /** Reads the invitation of the link; an unknown, used or expired one is told as a message, not an error page. */
    public void load() {
        locale = language.getCode();
        if (token == null || token.isBlank()) {
            Messages.error("error.invitation.notFound");
            return;
        }
        try {
            invitation = registrations.describeInvitation(token);
        } catch (RuntimeException e) {
            if (!Messages.show(e, Map.of())) {
                throw e;
            }
        }
    }

    public String accept() {
        try {
            if (!Objects.equals(password, confirmation)) {
                Messages.fieldError("invitation:confirmation", "error.password.mismatch");
                return null;
            }
            registrations.acceptInvitation(token, new NewMember(fullName, username, password, locale));
        } catch (RuntimeException e) {
            if (!Messages.show(e, FIELDS)) {
                throw e;
            }
            return null;
        } finally {
            password = null;
            confirmation = null;
        }
        Messages.info("invitation.done", invitation.organisationName());
        return "/login?faces-redirect=true";
    }

    public InvitationView getInvitation() { return invitation; }
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
