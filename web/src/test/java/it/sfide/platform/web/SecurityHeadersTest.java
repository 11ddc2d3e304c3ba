package it.sfide.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersTest {

    @Test
    void primeFacesIsGivenThePagePolicyToWhichItAppendsTheNonceOfScripts() throws Exception {
        Map<String, String> params = contextParams();
        assertEquals("true", params.get("primefaces.CSP"), "PrimeFaces draws the nonce and writes it on scripts");
        assertEquals(SecurityHeaders.PAGES, params.get("primefaces.CSP_POLICY"),
                "web.xml gives PrimeFaces the policy of SecurityHeaders.PAGES");
        assertTrue(SecurityHeaders.PAGES.endsWith("script-src 'self'"), "PrimeFaces appends 'nonce-...' to script-src");
        assertFalse(SecurityHeaders.PAGES.contains("unsafe-eval"));
        assertFalse(directive(SecurityHeaders.PAGES, "script-src").contains("unsafe-inline"));
        for (String kept : List.of("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'",
                "base-uri 'self'", "object-src 'none'", "connect-src 'self'")) {
            assertTrue(SecurityHeaders.PAGES.contains(kept), kept);
        }
        assertTrue(SecurityHeaders.ANSWERS.startsWith("default-src 'none'"), SecurityHeaders.ANSWERS);
        assertTrue(SecurityHeaders.ANSWERS.contains("frame-ancestors 'none'"), SecurityHeaders.ANSWERS);
    }

    @Test
    void aPolicyAddedDownstreamReplacesTheOneOfTheFilterAndOtherHeadersAccumulate() {
        Map<String, List<String>> headers = new HashMap<>();
        HttpServletResponse recorded = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) args[0], k -> new ArrayList<>())
                                .add((String) args[1]);
                        default -> {
                        }
                    }
                    return null;
                });
        SecurityHeaders.answerHeaders(recorded);
        HttpServletResponse passedDown = new SecurityHeaders.OnePolicy(recorded);
        String page = SecurityHeaders.PAGES + " 'nonce-abc';";
        passedDown.addHeader("Content-Security-Policy", page);
        passedDown.addHeader("Vary", "Accept");
        passedDown.addHeader("Vary", "Accept-Language");

        assertEquals(List.of(page), headers.get("Content-Security-Policy"), "one policy, the page's");
        assertEquals(List.of("Accept", "Accept-Language"), headers.get("Vary"));
    }

    @Test
    void aFormSentWholeFromAStatelessPageGetsANonceOfTheServersNotTheOneItCarries() {
        String sent = "MjA4MjczNjYtYTA1Ny00ZDI1LTkwNGUtNjAzOTc0Zjk4ZDQy";
        var request = FreshNonceRequest.of(request("POST", "/verify.xhtml", Map.of(), Map.of(
                "jakarta.faces.ViewState", "stateless", FreshNonceRequest.NONCE, sent, "q", "1")));
        String nonce = request.getParameter(FreshNonceRequest.NONCE);
        assertNotEquals(sent, nonce);
        assertTrue(UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8)) != null,
                "drawn as PrimeFaces draws them: " + nonce);
        assertEquals(nonce, request.getParameter(FreshNonceRequest.NONCE), "one nonce for the request");
        assertEquals(List.of(nonce), List.of(request.getParameterValues(FreshNonceRequest.NONCE)));
        assertEquals(List.of(nonce), List.of(request.getParameterMap().get(FreshNonceRequest.NONCE)));
        assertEquals("1", request.getParameterMap().get("q")[0], "the rest of the form as sent");

        for (var kept : List.of(
                request("POST", "/verify.xhtml", Map.of("Faces-Request", "partial/ajax"),
                        Map.of("jakarta.faces.ViewState", "stateless", FreshNonceRequest.NONCE, sent)),
                request("POST", "/verify.xhtml", Map.of(), Map.of("jakarta.faces.ViewState", "stateless",
                        "jakarta.faces.partial.ajax", "true", FreshNonceRequest.NONCE, sent)),
                request("POST", "/account/profile.xhtml", Map.of(),
                        Map.of("jakarta.faces.ViewState", "-57074:44607", FreshNonceRequest.NONCE, sent)),
                request("GET", "/verify.xhtml", Map.of(), Map.of(FreshNonceRequest.NONCE, sent)),
                request("POST", "/api/v1/registrations", Map.of(),
                        Map.of("jakarta.faces.ViewState", "stateless", FreshNonceRequest.NONCE, sent)))) {
            assertEquals(sent, FreshNonceRequest.of(kept).getParameter(FreshNonceRequest.NONCE),
                    "ajax keeps the page's nonce, a stateful view checks its own, other requests are untouched");
        }
        for (var without : List.of(
                request("POST", "/login.xhtml", Map.of(), Map.of("jakarta.faces.ViewState", "stateless")),
                request("POST", "/account/profile.xhtml", Map.of(), Map.of("jakarta.faces.ViewState", "-5:4")),
                request("POST", "/verify.xhtml", Map.of("Faces-Request", "partial/ajax"),
                        Map.of("jakarta.faces.ViewState", "stateless")))) {
            String drawn = FreshNonceRequest.of(without).getParameter(FreshNonceRequest.NONCE);
            assertTrue(drawn != null && !drawn.isBlank(), "a form sent without a nonce (no scripts) gets one");
        }
    }

    private static HttpServletRequest request(String method, String uri, Map<String, String> headers,
            Map<String, String> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getParameterValues" -> parameters.containsKey((String) args[0])
                            ? new String[] {parameters.get((String) args[0])} : null;
                    case "getParameterMap" -> {
                        Map<String, String[]> map = new HashMap<>();
                        parameters.forEach((k, v) -> map.put(k, new String[] {v}));
                        yield map;
                    }
                    default -> null;
                });
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith(name + " ")) {
                return directive.trim();
            }
        }
        throw new AssertionError(name + " not in " + policy);
    }

    private static Map<String, String> contextParams() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        NodeList params = document.getElementsByTagName("context-param");
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            values.put(param.getElementsByTagName("param-name").item(0).getTextContent().trim(),
                    param.getElementsByTagName("param-value").item(0).getTextContent().trim());
        }
        return values;
    }
}
