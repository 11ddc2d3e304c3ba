package it.sfide.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Pages take forms only from pages of the portal. A visitor's pages are stateless (no view state to forge, but no
 * secret in it either), so a form sent by another site (a login into the attacker's account, a registration in
 * someone's name) is refused by what the browser says of its origin: {@code Sec-Fetch-Site: cross-site}, or an
 * {@code Origin} whose host is not the one asked. The API is not concerned: it acts only on a bearer token, never on
 * a cookie.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginForms extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && !path.startsWith("/api/") && fromAnotherSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false; // not a browser's cross-origin form (browsers send Origin with every form they post)
        }
        if ("null".equals(origin)) {
            return true; // a sandboxed frame, a data: page
        }
        String host = request.getHeader("X-Forwarded-Host");
        if (host == null || host.isBlank()) {
            host = request.getHeader("Host");
        }
        try {
            URI from = URI.create(origin.strip());
            String authority = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return host == null || authority == null || !sameAuthority(authority, host.split(",")[0].strip(),
                    from.getScheme());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static boolean sameAuthority(String origin, String host, String scheme) {
        String a = withoutDefaultPort(origin.toLowerCase(Locale.ROOT), scheme);
        String b = withoutDefaultPort(host.toLowerCase(Locale.ROOT), scheme);
        return a.equals(b);
    }

    private static String withoutDefaultPort(String authority, String scheme) {
        if ("https".equalsIgnoreCase(scheme) && authority.endsWith(":443")
                || "http".equalsIgnoreCase(scheme) && authority.endsWith(":80")) {
            return authority.substring(0, authority.lastIndexOf(':'));
        }
        return authority;
    }
}
