package it.sfide.platform.web;

import it.sfide.platform.i18n.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The language switch of the pages: {@code ?lang=en} (or {@code it}) on any page stores the choice in a cookie of
 * its own and sends the browser back to the same address without the parameter, so the address stays the one to
 * bookmark and share. The cookie, not a session, carries the language: reading the portal opens no session.
 * <p>
 * On the first visit (no cookie yet) the browser's {@code Accept-Language} chooses: the first of Italian and English
 * in the reader's order of preference ({@code en-GB} or {@code de, en;q=0.8} give English, {@code it-CH} Italian),
 * Italian for anything else; the first page sets the cookie, so the choice then holds until the reader switches.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LanguageSwitch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "sfide_lang";
    private static final String CHOSEN = LanguageSwitch.class.getName() + ".chosen";
    private static final Set<String> LANGUAGES = Set.of("it", "en");
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // only the query string of a GET is looked at: reading a form's parameters here would decode its body
        // before the page chose the character set
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (firstVisitToAPage(request, path)) {
            remember(request, response, fromBrowser(request));
        }
        if (query == null || !query.contains(PARAMETER + "=")
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        String wanted = request.getParameter(PARAMETER);
        if (wanted == null) {
            chain.doFilter(request, response);
            return;
        }
        if (LANGUAGES.contains(wanted)) {
            remember(request, response, Texts.supported(Locale.forLanguageTag(wanted)));
        }
        StringBuilder back = new StringBuilder(request.getRequestURI());
        String rest = String.join("&", java.util.Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                .toList());
        if (!rest.isEmpty()) {
            back.append('?').append(rest);
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(back.toString());
    }

    /** A page (not an API answer or a resource) asked by a browser without a language cookie yet. */
    private static boolean firstVisitToAPage(HttpServletRequest request, String path) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && (path.endsWith(".xhtml") || path.endsWith("/")) && !path.startsWith("/api/")
                && !path.startsWith("/jakarta.faces.resource/") && fromCookie(request) == null
                && (request.getQueryString() == null || !request.getQueryString().contains(PARAMETER + "="));
    }

    /** The language the browser prefers: the first of ours in its Accept-Language, Italian when neither is there. */
    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Texts.ITALIAN;
        }
        for (Locale wanted : java.util.Collections.list(request.getLocales())) {
            if (LANGUAGES.contains(wanted.getLanguage())) {
                return Texts.supported(Locale.forLanguageTag(wanted.getLanguage()));
            }
        }
        return Texts.ITALIAN;
    }

    private static Locale fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
                    return Texts.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return null;
    }

    /** The language of this request: the one just chosen, the cookie's, or the browser's (the first visit). */
    public static Locale chosen(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale locale) {
            return locale;
        }
        Locale kept = fromCookie(request);
        return kept != null ? kept : fromBrowser(request);
    }

    /** Keeps the language for this request and, in the cookie, for the pages that follow. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.setAttribute(CHOSEN, locale);
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(SecurityHeaders.overHttps(request));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
