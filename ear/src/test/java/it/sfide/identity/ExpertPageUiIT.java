package it.sfide.identity;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import it.sfide.testing.Api;
import it.sfide.testing.Api.Reply;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invited expert's page in a real browser, as a person uses it: what they are invited for, the registration
 * form with its errors next to the fields, the automatic WCAG checks, then the login page with the message; a
 * person signed in with the invited address accepts with one button and lands on the home page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpertPageUiIT {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Pattern LINK = Pattern.compile("/expert\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Betulla-bianca-2026!";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    @Test
    void theExpertReadsTheInvitationFixesTheFormAndRegisters() {
        String suffix = TestData.unique();
        String email = "ui." + suffix + "@ateneo.example.org";
        String token = invite(email, "Sfida della mobilità " + suffix);
        try (Browser browser = new Browser()) {
            browser.open("/expert.xhtml?token=" + token);
            assertTrue(browser.text(By.tagName("main")).contains("Sfida della mobilità " + suffix));
            assertEquals(List.of(), violations(browser));

            browser.type(By.id("expert:username"), "uiexpert" + suffix);
            browser.type(By.id("expert:password"), PASSWORD);
            browser.type(By.id("expert:confirmation"), PASSWORD + "x");
            browser.clickToNewPage(By.id("expert:submit"));
            assertTrue(browser.text(By.xpath("//input[@id='expert:confirmation']/ancestor::div[contains(@class,"
                    + "'field')]//*[contains(@class,'ui-message-error')]")).length() > 0,
                    "the error is next to its field");
            assertEquals(List.of(), violations(browser));

            browser.type(By.id("expert:password"), PASSWORD);
            browser.type(By.id("expert:confirmation"), PASSWORD);
            browser.clickToNewPage(By.id("expert:submit"));
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
            assertTrue(browser.driver().getPageSource().contains("Registrazione completata"),
                    "the message on the login page");
            browser.login("uiexpert" + suffix, PASSWORD);
            assertTrue(browser.text(By.id("who-am-i")).contains("Esperto"), "signed in as the expert");
        }
    }

    @Test
    void aSignedInInviteeAcceptsWithOneButton() {
        String suffix = TestData.unique();
        String email = "uifirmata." + suffix + "@example.org";
        assertEquals(202, api.post("/api/v1/registrations", null,
                TestData.operatorRegistration(suffix, email).toString()).status());
        String token = invite(email, null);
        try (Browser browser = new Browser()) {
            browser.login("founder" + suffix, TestData.PASSWORD);
            browser.open("/expert.xhtml?token=" + token);
            assertEquals(List.of(), violations(browser));
            browser.clickToNewPage(By.id("accept:submit"));
            assertTrue(browser.driver().getPageSource().contains("Regione Lombardia"), "the message on the home");
        }
        assertEquals(409, api.get("/api/v1/expert-invitations/" + token, null).status(), "spent");
    }

    private String invite(String email, String context) {
        var request = Json.createObjectBuilder().add("email", email).add("fullName", "Esperto UI").add("locale", "it");
        if (context != null) {
            request.add("context", context);
        }
        Reply invited = api.post("/api/v1/expert-invitations", api.token("buyer1", Api.DEMO_PASSWORD),
                request.build().toString());
        assertEquals(201, invited.status(), invited.body());
        Reply outbox = api.get("/api/v1/admin/outbox?max=50&recipient=" + URLEncoder.encode(email,
                StandardCharsets.UTF_8), api.token("admin", Api.DEMO_PASSWORD));
        String mail = outbox.array().stream().map(JsonValue::asJsonObject).map(m -> m.getString("body"))
                .filter(body -> LINK.matcher(body).find()).findFirst().orElseThrow();
        Matcher link = LINK.matcher(mail);
        assertTrue(link.find());
        return link.group(1);
    }

    private static List<String> violations(Browser browser) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
        return results.getViolations().stream()
                .map(r -> r.getId() + " " + r.getHelp() + " " + r.getNodes().get(0).getTarget()).toList();
    }
}
