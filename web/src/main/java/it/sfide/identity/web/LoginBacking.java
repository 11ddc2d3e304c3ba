package it.sfide.identity.web;

import it.sfide.identity.boundary.AccountService;
import it.sfide.identity.boundary.Me;
import it.sfide.platform.web.LanguageBacking;
import it.sfide.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The login form: hands the credentials to the security mechanism, then goes where the user was heading. When the
 * account has a second factor, the right password brings a second step asking for its code.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    LanguageBacking language;

    private String username;
    private String password;
    private String next;
    private String code;
    private boolean codeStep;

    public void login() throws IOException {
        Credential credential = new UsernamePasswordCredential(username, password);
        password = null;
        if (!authenticate(credential)) {
            codeStep = Boolean.TRUE.equals(request().getAttribute(SfideAuthenticationMechanism.CODE_NEEDED));
            if (!codeStep) {
                Object refusal = request().getAttribute(SfideAuthenticationMechanism.LOGIN_REFUSAL);
                Messages.error(refusal instanceof String key ? key : "error.login.failed");
            }
        }
    }

    /** The second step: the code of the person's app, or a recovery code. */
    public void verify() throws IOException {
        request().setAttribute(SfideAuthenticationMechanism.CODE, code);
        code = null;
        if (!authenticate(new CallerOnlyCredential(username))) {
            codeStep = true;
            Messages.error("error.login.code");
        }
    }

    private boolean authenticate(Credential credential) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(request(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
        }
        Me me = accounts.me();
        language.useLocale(me.locale());
        // with nowhere asked for, everyone starts from the home page: their dashboard of what waits for them
        external.redirect(external.getRequestContextPath() + safeNext("/index.xhtml"));
        faces.responseComplete();
        return true;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** Only a path of this portal, never another site: an open redirect would help phishing. */
    private String safeNext(String landing) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return landing;
        }
        return next;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isCodeStep() { return codeStep; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
