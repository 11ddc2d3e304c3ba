package it.sfide.identity.web;

import it.sfide.identity.boundary.AccountService;
import it.sfide.identity.boundary.Me;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Who is logged in, for the header and the navigation; and the logout action. */
@Named("current")
@RequestScoped
public class SessionBacking {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Me me;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Me getMe() {
        if (me == null && isLoggedIn()) {
            me = accounts.me();
        }
        return me;
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?loggedOut=true");
    }
}
