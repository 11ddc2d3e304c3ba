package it.sfide.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;

import it.sfide.identity.boundary.PasswordRecoveryService;
import it.sfide.identity.boundary.ResetView;
import it.sfide.platform.web.Messages;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Objects;

/** The page of a reset link: the person chooses a new password, then signs in with it. */
@Named
@RequestScoped
public class PasswordResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordRecoveryService recovery;

    private String token;
    /** Whether the link was read in this request (a sent form reads it again: the page keeps nothing). */
    private boolean loaded;
    private ResetView reset;
    private String password;
    private String confirmation;

    @PostConstruct
    void readToken() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
    }

    /** View action: an unknown, used or expired link is told as a message at the top, with a way to ask again. */
    public void load() {
        loaded = true;
        if (token == null || token.isBlank()) {
            Messages.error("error.reset.invalid");
            return;
        }
        reset = recovery.describeReset(token);
    }

    public String save() {
        try {
            if (!Objects.equals(password, confirmation)) {
                throw SfideException.invalid("confirmation", "error.password.mismatch");
            }
            recovery.resetPassword(token, password);
        } finally {
            password = null;
            confirmation = null;
        }
        Messages.info("reset.done", reset.username());
        return "/login?faces-redirect=true";
    }

    public ResetView getReset() {
        if (!loaded && token != null && !token.isBlank()) {
            loaded = true;
            reset = recovery.describeReset(token);
        }
        return reset;
    }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
