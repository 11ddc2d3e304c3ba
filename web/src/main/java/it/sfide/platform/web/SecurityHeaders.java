package it.sfide.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Security headers on every response (OWASP ASVS V14): no framing, no MIME sniffing, a content security policy, no
 * referrer leaks, and no caching of personal pages or API answers; over HTTPS (directly, or behind a proxy saying so
 * in {@code X-Forwarded-Proto}) HTTP Strict Transport Security for a year. Payara's {@code Server} and
 * {@code X-Powered-By} headers are switched off in its configuration (see docs/operations.md).
 * <p>
 * Content security policy: every response gets {@link #ANSWERS}, which allows nothing to run (API answers,
 * downloads, static resources, redirects). A page rendered by Faces gets {@link #PAGES} instead, with a nonce for
 * its scripts: PrimeFaces ({@code primefaces.CSP=true}, {@code primefaces.CSP_POLICY} in web.xml is {@link #PAGES})
 * draws a nonce for the response, writes it on every script it renders, turns the inline event handlers of every
 * component ({@code onclick}...) into one nonce'd script, and adds the policy with {@code 'nonce-...'} appended
 * while the page renders. So that a page carries one policy and not two (a browser enforces them all, and the one
 * without the nonce would block the page's scripts), the response passed down makes a later
 * {@code Content-Security-Policy} replace the one set here. The filter runs again on error pages, which the
 * container renders with its own response object. The nonce is kept for the request only, never in the session
 * ({@link NonceOutsideSession}); a form sent whole from a stateless page gets a new nonce ({@link FreshNonceRequest}),
 * never one chosen by whoever sent the form.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "Content-Security-Policy";

    /**
     * The policy of pages, as given to PrimeFaces in web.xml ({@code primefaces.CSP_POLICY}): it must end with
     * {@code script-src 'self'}, to which PrimeFaces appends the response's {@code 'nonce-...'}. Styles stay
     * {@code 'unsafe-inline'}: PrimeFaces' components write {@code style} attributes.
     */
    public static final String PAGES = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'; script-src 'self'";

    /** The policy of everything that is not a page: nothing may run, load, frame it or be sent from it. */
    public static final String ANSWERS = "default-src 'none'; frame-ancestors 'none'; form-action 'none'; "
            + "base-uri 'none'";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        answerHeaders(response);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (overHttps(request)) {
            // a browser heeds it only over HTTPS, so a forged X-Forwarded-Proto on plain HTTP changes nothing
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/favicon.ico")) {
            // asked by browsers on their own, never versioned: kept a day
            response.setHeader("Cache-Control", VersionedResources.A_DAY);
        } else if (!path.startsWith("/jakarta.faces.resource/")) {
            // resources: VersionedResources says how long they are kept
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(FreshNonceRequest.of(request), new OnePolicy(response));
    }

    /** Whether the browser reached the portal over HTTPS: directly, or through a proxy that says so. */
    static boolean overHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /**
     * The headers of an answer that is not a page, set again by a page's button that sends a file in place of the
     * page (it resets the response, and with it the headers set by this filter).
     */
    static void answerHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(HEADER, ANSWERS);
    }

    /** A response on which a content security policy added later replaces the one it has. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
