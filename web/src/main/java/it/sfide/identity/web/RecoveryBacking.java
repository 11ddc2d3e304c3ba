package it.sfide.identity.web;

import it.sfide.identity.boundary.PasswordRecoveryService;
import it.sfide.platform.Settings;
import it.sfide.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Forgot your password?": asks for the e-mail address; the answer is the same whether an account has it or not. */
@Named
@RequestScoped
public class RecoveryBacking {

    @Inject
    PasswordRecoveryService recovery;

    @Inject
    Settings settings;

    private String email;

    public void request() {
        recovery.requestReset(email);
        email = null;
        Messages.info("recovery.sent", settings.resetMinutes());
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
