package it.sfide.identity.web;

import it.sfide.identity.boundary.AuthenticationService;
import it.sfide.identity.boundary.CredentialCheck;
import it.sfide.identity.boundary.SessionState;
import it.sfide.platform.i18n.Texts;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The one authentication mechanism of the portal. API calls authenticate with {@code Authorization: Bearer
 * <token>}; pages with the login form, which calls {@code SecurityContext.authenticate} with the typed credentials.
 * A page needing a login redirects to the login form; an API call without valid credentials gets a JSON 401.
 * The session id changes at login; the session then carries the identity of the pages (never of the API: an API
 * call is who its token says, whatever cookie it sends — a client reusing a cookie jar across tokens once acted as
 * the first token's owner, which the deadline-rush load test found).
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "BUYER", "OPERATOR", "EVALUATOR"})
public class SfideAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    /**
     * The session attribute holding the signed-in person of the pages: username, role, credentials version, and
     * whether they must enrol a second factor (a platform admin without one).
     */
    static final String SESSION_CALLER = "sfide.caller";
    /** The session attribute naming the user whose password was right and whose second factor is awaited. */
    static final String PENDING_CODE = "sfide.pendingCode";
    /** Request attributes between the login form and this mechanism: the code typed, and "the code is needed". */
    static final String CODE = "sfide.code";
    static final String CODE_NEEDED = "sfide.codeNeeded";
    static final String ENROLMENT = "/account/second-factor.xhtml";
    /** The request attribute telling the login form why a login was refused (a message key). */
    static final String LOGIN_REFUSAL = "sfide.login.refusal";

    @Inject
    AuthenticationService authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            CredentialCheck check = authentication.checkToken(authorization.substring(BEARER.length()).strip());
            if (check.valid()) {
                return context.notifyContainerAboutLogin(check.username(), Set.of(check.role().name()));
            }
            return unauthorized(request, response, context, "error.token.invalid");
        }
        CredentialCheck check = context.isAuthenticationRequest()
                ? checkLogin(request, context.getAuthParameters().getCredential()) : null;
        if (check != null) {
            if (check.codeNeeded()) { // the right password: the login form asks for the second factor's code
                request.getSession(true).setAttribute(PENDING_CODE, check.username());
                request.setAttribute(CODE_NEEDED, Boolean.TRUE);
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (!check.valid()) {
                request.setAttribute(LOGIN_REFUSAL, check.refusal());
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.getSession(false).removeAttribute(PENDING_CODE);
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(SESSION_CALLER, new String[] {check.username(),
                    check.role().name(), String.valueOf(check.credentialsVersion()), String.valueOf(check.mustEnrol())});
            return context.notifyContainerAboutLogin(check.username(), Set.of(check.role().name()));
        }
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        String[] caller = session != null && session.getAttribute(SESSION_CALLER) instanceof String[] c ? c : null;
        SessionState state = caller == null || isApi(request) ? null : caller.length < 4 ? SessionState.ENDED
                : authentication.session(caller[0], Integer.parseInt(caller[2]));
        if (state == SessionState.ENDED) {
            session.invalidate(); // password reset or organisation rejected (on any server): this session is over
            caller = null;
        }
        if (isApi(request)) {
            // a browser's session never counts for the API (no cross-site request forgery through cookies)
            return caller != null ? unauthorized(request, response, context, "error.token.required")
                    : context.isProtected() ? unauthorized(request, response, context, "error.unauthorized")
                    : context.doNothing();
        }
        if (caller != null && Boolean.parseBoolean(caller[3]) && state == SessionState.OPEN_WITHOUT_SECOND_FACTOR
                && !enrolling(request)) {
            // a platform admin without a second factor may do nothing before enrolling
            return context.redirect(request.getContextPath() + ENROLMENT);
        }
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller[0], Set.of(caller[1]));
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * The login form's credential: username and password (first step), or the caller only, with the code in the
     * request attribute {@link #CODE}, for the user the first step left pending in the session (second step).
     */
    private CredentialCheck checkLogin(HttpServletRequest request, Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return authentication.checkPassword(password.getCaller(), password.getPasswordAsString());
        }
        if (credential instanceof CallerOnlyCredential code) {
            jakarta.servlet.http.HttpSession session = request.getSession(false);
            Object pending = session == null ? null : session.getAttribute(PENDING_CODE);
            return code.getCaller().equals(pending)
                    ? authentication.checkSecondFactor(code.getCaller(), (String) request.getAttribute(CODE))
                    : CredentialCheck.refused();
        }
        return null;
    }

    /** The pages an admin who must enrol may still open: enrolment and its resources. */
    private static boolean enrolling(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(ENROLMENT) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
            String code) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"sfide\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            // the same {"code","message"} body as every other API error, properly escaped
            response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("code", code)
                    .add("message", Texts.get(request.getLocale(), code)).build().toString());
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
