package it.sfide.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A form sent from a stateless page, seen by PrimeFaces with a nonce of the server's in place of the one the form
 * carries. On a postback PrimeFaces takes the nonce of the new page from the request ({@code primefaces.nonce}, put in
 * every form by its script): no view keeps one to check it against ({@link NonceOutsideSession}), and a stateless
 * view's form can be sent from another site, which could then choose the nonce of the page it gets back (a stateful
 * view's postback needs its view state, kept in the sender's session). A page sent back whole needs no nonce of the
 * old one, so it gets a new one, drawn as PrimeFaces draws them. Ajax requests keep theirs: their scripts run in the
 * page that sent them, and their answer is XML, never shown as a page. A form sent without any nonce gets one.
 */
final class FreshNonceRequest extends HttpServletRequestWrapper {

    static final String NONCE = "primefaces.nonce";

    private String fresh;

    private FreshNonceRequest(HttpServletRequest request) {
        super(request);
    }

    /** The request as Faces should see it: wrapped when it is a form sent to a page. */
    static HttpServletRequest of(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().endsWith(".xhtml")
                ? new FreshNonceRequest(request) : request;
    }

    /**
     * Asked only when PrimeFaces reads the nonce, once Faces has read the form (uploads included). A form sent
     * without a nonce (a browser without scripts, a client of its own) gets one too: PrimeFaces would refuse the
     * request with a server error.
     */
    private boolean replaced() {
        return super.getParameter(NONCE) == null
                || "stateless".equals(super.getParameter("jakarta.faces.ViewState"))
                && !"partial/ajax".equals(getHeader("Faces-Request"))
                && !"true".equals(super.getParameter("jakarta.faces.partial.ajax"));
    }

    private String fresh() {
        if (fresh == null) {
            fresh = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        }
        return fresh;
    }

    @Override
    public String getParameter(String name) {
        return NONCE.equals(name) && replaced() ? fresh() : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return NONCE.equals(name) && replaced() ? new String[] {fresh()} : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> parameters = super.getParameterMap();
        if (!replaced()) {
            return parameters;
        }
        Map<String, String[]> copy = new LinkedHashMap<>(parameters);
        copy.put(NONCE, new String[] {fresh()});
        return Collections.unmodifiableMap(copy);
    }
}
