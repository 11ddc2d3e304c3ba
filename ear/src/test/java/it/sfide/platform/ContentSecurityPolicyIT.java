package it.sfide.platform;

import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nonce of the content security policy on stateless pages: drawn for the request and never kept in a session
 * (a stateless page opens none), new for a page sent back whole, the page's own for ajax. Checked on a stateless page
 * made the way the portal's are (a template with {@code <f:view transient="true">}), added to the portal for the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyIT {

    private static final String TEMPLATE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:f="jakarta.faces.core"
                  xmlns:ui="jakarta.faces.facelets">
            <f:view transient="true">
            <ui:insert name="metadata"/>
            <h:head><title>stateless</title>
                <h:outputScript library="primefaces" name="jquery/jquery.js" target="head"/>
                <h:outputScript library="primefaces" name="core.js" target="head"/>
            </h:head>
            <h:body><ui:insert name="content"/></h:body>
            </f:view>
            </html>
            """;

    private static final String PAGE = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
                            xmlns:f="jakarta.faces.core" xmlns:ui="jakarta.faces.facelets" xmlns:p="primefaces"
                            template="/csp-test/template.xhtml">
                <ui:define name="metadata"><f:metadata><f:viewParam name="q" value="#{requestScope.q}"/></f:metadata></ui:define>
                <ui:define name="content">
                    <h:form id="f">
                        <h:outputText id="out" value="#{param['q']}"/>
                        <p:commandButton id="ajax" value="ajax" update="out"/>
                        <h:commandButton id="whole" value="whole"/>
                        <h:commandLink id="link" value="link"/>
                    </h:form>
                </ui:define>
            </ui:composition>
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.portal();
        WebArchive web = ear.getAsType(WebArchive.class, "sfide-web.war");
        web.add(new StringAsset(TEMPLATE), "csp-test/template.xhtml");
        web.add(new StringAsset(PAGE), "csp-test/stateless.xhtml");
        ear.delete("sfide-web.war");
        ear.addAsModule(web);
        return ear;
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStatelessPageGetsANonceForItsRequestAndOpensNoSession() throws Exception {
        HttpResponse<String> page = get("/csp-test/stateless.xhtml?q=1");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("value=\"stateless\""), "the page is stateless");
        // (the first page keeps the browser's language in a cookie of its own: a preference, not a session)
        assertEquals(List.of(), page.headers().allValues("Set-Cookie").stream()
                .filter(c -> !c.startsWith("sfide_lang=")).toList(), "no session for a stateless page");
        String nonce = nonce(page);
        assertTrue(page.body().contains("PrimeFaces.csp.init('" + nonce + "')"), "PrimeFaces runs with the nonce");
        assertTrue(page.body().contains("PrimeFaces.csp.register('f:link','onclick'"),
                "the onclick of Faces' own link is moved into the nonce'd script");
        assertNotEquals(nonce, nonce(get("/csp-test/stateless.xhtml?q=1")), "a new nonce for every page");
    }

    @Test
    void aFormSentWholeGetsANewNonceAndAnAjaxRequestKeepsThePages() throws Exception {
        String chosen = Base64.getEncoder().encodeToString(UUID.randomUUID().toString()
                .getBytes(StandardCharsets.UTF_8));
        String form = "f=f&jakarta.faces.ViewState=stateless&primefaces.nonce=" + URLEncoder.encode(chosen,
                StandardCharsets.UTF_8);

        HttpResponse<String> whole = post(form + "&f%3Awhole=whole");
        assertEquals(200, whole.statusCode(), whole.body());
        assertEquals(List.of(), whole.headers().allValues("Set-Cookie"));
        String nonce = nonce(whole);
        assertNotEquals(chosen, nonce, "the sender does not choose the nonce of the page it gets back");
        assertTrue(whole.body().contains("nonce=\"" + nonce + "\""));

        HttpResponse<String> ajax = post(form + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=f%3Aajax"
                + "&jakarta.faces.partial.execute=f%3Aajax&jakarta.faces.partial.render=f%3Aout&f%3Aajax=f%3Aajax",
                "Faces-Request", "partial/ajax");
        assertEquals(200, ajax.statusCode(), ajax.body());
        assertTrue(ajax.body().startsWith("<?xml") && ajax.body().contains("<partial-response"), ajax.body());
        assertEquals(chosen, nonce(ajax), "the scripts of an ajax answer run in the page that sent it, with its nonce");
    }

    private static String nonce(HttpResponse<String> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)';?$").matcher(policies.get(0));
        assertTrue(nonce.find(), policies.get(0));
        return nonce.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String form, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + "/csp-test/stateless.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
