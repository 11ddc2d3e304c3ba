package it.sfide.platform;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, in Italian and English, checked in a real browser by the axe-core engine against the WCAG 2.1 A
 * and AA rules that can be checked automatically. Keyboard use and reading order still need a person.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityUiIT {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void publicPagesMeetTheAutomaticWcagChecksInBothLanguages() {
        try (Browser browser = new Browser()) {
            List<String> problems = new ArrayList<>();
            for (String language : List.of("it", "en")) {
                browser.open("/index.xhtml");
                if (language.equals("en")) {
                    browser.clickToNewPage(org.openqa.selenium.By.id("header:lang-en"));
                }
                for (String page : List.of("/index.xhtml", "/login.xhtml", "/register.xhtml", "/recovery.xhtml",
                        "/reset.xhtml?token=unknown", "/invitation.xhtml?token=unknown", "/no-such-page.xhtml", "/verify.xhtml", "/challenges/",
                        "/challenges/?q=mobilita&type=PCP&sort=DEADLINE", "/challenges/view.xhtml?id=1",
                        "/challenges/questionnaire.xhtml?id=3", "/communities/index.xhtml",
                        "/communities/view.xhtml?id=1", "/communities/discussion.xhtml?id=1", "/catalogue/",
                        "/catalogue/?q=ponti&licence=EUPL-1.2", "/accessibility.xhtml", "/privacy.xhtml",
                        "/legal.xhtml", "/contacts.xhtml")) {
                    problems.addAll(check(browser, page, language));
                }
            }
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void registrationFormWithErrorsStillMeetsTheAutomaticWcagChecks() {
        try (Browser browser = new Browser()) {
            browser.open("/register.xhtml");
            browser.type(org.openqa.selenium.By.id("register:taxCode"), "12345678901");
            browser.clickToNewPage(org.openqa.selenium.By.id("register:submit"));
            assertTrue(!browser.driver().findElements(org.openqa.selenium.By.cssSelector(".ui-message-error")).isEmpty(),
                    "the form shows its field errors");
            Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
            assertEquals(List.of(), results.getViolations().stream()
                    .map(r -> r.getId() + " " + r.getHelp() + " " + r.getNodes().get(0).getTarget()).toList());
        }
    }

    @Test
    void pagesOfSignedInPeopleMeetTheAutomaticWcagChecks() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login("admin", Api.DEMO_PASSWORD);
            for (String page : List.of("/index.xhtml", "/account/profile.xhtml", "/admin/organisations.xhtml",
                    "/admin/outbox.xhtml", "/admin/audit.xhtml", "/admin/accounts.xhtml", "/organisation/index.xhtml?id=1",
                    "/account/signatures.xhtml", "/challenges/view.xhtml?id=1", "/communities/discussion.xhtml?id=1")) {
                problems.addAll(check(browser, page, "admin"));
            }
        }
        try (Browser browser = new Browser()) {
            browser.login("buyer1", Api.DEMO_PASSWORD);
            for (String page : List.of("/challenges/mine.xhtml", "/challenges/edit.xhtml",
                    "/challenges/edit.xhtml?id=5", "/challenges/view.xhtml?id=5", "/challenges/view.xhtml?id=1",
                    "/challenges/questionnaire.xhtml?id=3", "/communities/index.xhtml")) {
                problems.addAll(check(browser, page, "buyer1"));
            }
        }
        Api api = new Api();
        String operator1 = api.token("operator1", Api.DEMO_PASSWORD);
        long demoProposal = api.get("/api/v1/proposals", operator1).array().stream()
                .map(v -> v.asJsonObject()).filter(p -> p.getJsonNumber("challengeId").longValue() == 1)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long demoReceipt = api.get("/api/v1/proposals/" + demoProposal + "/submissions", operator1).array()
                .getJsonObject(0).getJsonNumber("submissionId").longValue();
        try (Browser browser = new Browser()) {
            browser.login("buyer3", Api.DEMO_PASSWORD);
            problems.addAll(check(browser, "/proposals/opening.xhtml?challenge=7&phase=1", "buyer3"));
        }
        try (Browser browser = new Browser()) {
            browser.login("operator1", Api.DEMO_PASSWORD);
            for (String page : List.of("/proposals/index.xhtml", "/proposals/edit.xhtml?id=" + demoProposal,
                    "/proposals/receipt.xhtml?id=" + demoReceipt, "/organisation/index.xhtml", "/account/profile.xhtml", "/admin/audit.xhtml",
                    "/admin/organisations.xhtml", "/account/signatures.xhtml", "/challenges/view.xhtml?id=1",
                    "/challenges/questionnaire.xhtml?id=3", "/communities/view.xhtml?id=1",
                    "/communities/discussion.xhtml?id=1")) {
                problems.addAll(check(browser, page, "operator1"));
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> check(Browser browser, String page, String who) {
        browser.open(page);
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
        browser.screenshot(who + page.replaceAll("[^a-z0-9]+", "-"));
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String where = rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                    .collect(Collectors.joining(" "));
            problems.add(page + " (" + who + "): " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                    + " at " + where);
        }
        return problems;
    }
}
