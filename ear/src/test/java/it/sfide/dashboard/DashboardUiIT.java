package it.sfide.dashboard;

import it.sfide.platform.i18n.Texts;
import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role lands on its own dashboard: what waits for this person in the demo, with counts and one link each,
 * the same over the API as on the page; in the person's language; readable on a 390 px phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    /** The dashboard's sections as the API gives them: kind → total. */
    private Map<String, Long> totals(String user) {
        JsonObject d = api.get("/api/v1/me/dashboard", api.token(user, Api.DEMO_PASSWORD)).json();
        return d.getJsonArray("sections").stream().map(JsonObject.class::cast).collect(Collectors.toMap(
                s -> s.getString("kind"), s -> s.getJsonNumber("total").longValue(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private JsonObject section(String user, String kind) {
        JsonObject d = api.get("/api/v1/me/dashboard", api.token(user, Api.DEMO_PASSWORD)).json();
        return d.getJsonArray("sections").stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("kind").equals(kind)).findFirst().orElseThrow(() ->
                        new AssertionError(user + " has no section " + kind + ": " + d));
    }

    /** The subjects of a section's lines. */
    private List<String> items(String user, String kind) {
        return section(user, kind).getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(i -> i.getString("subject")).toList();
    }

    /** Where a section's lines lead. */
    private List<String> links(String user, String kind) {
        return section(user, kind).getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(i -> i.getString("link")).toList();
    }

    @Test
    void eachRoleSeesWhatWaitsForThemInTheDemo() {
        // a buyer officer: every step of the procurement that is theirs, in the order the work comes
        Map<String, Long> buyer1 = totals("buyer1");
        assertEquals(List.of("challenge.approve", "challenge.questions", "challenge.cosponsor", "proposal.openings",
                "evaluation.appoint", "evaluation.award", "contract.deliverables", "contract.sign", "document.sign"),
                List.copyOf(buyer1.keySet()).subList(0, 9));
        // the two phase-2 deliveries of the demo PCP (tests that ran before may have added others of their own)
        List<String> deliveries = items("buyer1", "contract.deliverables");
        assertTrue(deliveries.containsAll(List.of("CT-12-2-04", "CT-12-2-05")), deliveries.toString());
        // the demo's draft that buyer1 asked to publish waits for the other officer, not for buyer1
        assertTrue(totals("buyer2").get("challenge.approve") >= 1);
        // Milano: buyer3 asked for the opening of the closed challenge, so it waits for buyer4 to confirm, not for
        // buyer3; buyer3 is invited to co-sponsor Lombardia's draft
        String demoOpening = "/proposals/opening.xhtml?challenge=7&phase=1";
        assertTrue(links("buyer4", "proposal.openings").contains(demoOpening));
        assertFalse(links("buyer3", "proposal.openings").contains(demoOpening), "buyer3 asked, buyer4 confirms");
        assertTrue(totals("buyer3").get("challenge.cosponsor") >= 1);

        // an operator: its draft with what it still misses
        JsonObject drafts = section("operator3", "proposal.drafts");
        assertTrue(drafts.getJsonNumber("total").longValue() >= 1, drafts.toString());
        JsonObject draft = drafts.getJsonArray("items").getJsonObject(0);
        assertTrue(draft.getString("link").startsWith("/proposals/edit.xhtml?id="), draft.toString());
        assertTrue(draft.getString("detail").contains("manca") || draft.getString("detail").contains("pronta"),
                draft.toString());

        // the startup is invited into Dati & Territorio's consortium
        assertTrue(section("operator1", "proposal.invitations").getJsonArray("items").stream()
                .map(JsonObject.class::cast).anyMatch(i -> i.getString("detail").equals("Dati & Territorio S.p.A.")));

        // an evaluator who has not started: reports to write on the committee under evaluation
        JsonObject reports = section("evaluator4", "evaluation.reports");
        assertTrue(reports.getJsonNumber("total").longValue() >= 1, reports.toString());
        assertTrue(reports.getJsonArray("items").getJsonObject(0).getString("link")
                .startsWith("/evaluation/committee.xhtml?id="));

        // the admin: the organisation awaiting verification, the four certificates to sign, the chain's state
        Map<String, Long> admin = totals("admin");
        assertEquals(List.of("identity.verify", "document.sign", "audit.chain", "platform.mail"),
                List.copyOf(admin.keySet()));
        assertTrue(admin.get("identity.verify") >= 1, admin.toString());
        assertTrue(admin.get("document.sign") >= 4, "the demo's four certificates at least: " + admin);
        assertEquals(0, admin.get("audit.chain"), "the demo's chain is intact");
        assertTrue(section("admin", "audit.chain").getJsonArray("items").getJsonObject(0).getString("subject")
                .startsWith("Catena integra"));

        // nobody else's work: an operator sees no buyer's sections, a visitor has no dashboard
        assertFalse(totals("operator1").containsKey("contract.deliverables"));
        assertEquals(401, api.get("/api/v1/me/dashboard", null).status());
    }

    @Test
    void theBuyerFollowsALinkFromTheDashboardToTheWorkAndReadsTheCharts() {
        try (Browser browser = new Browser()) {
            browser.login("buyer1", Api.DEMO_PASSWORD);
            browser.open("/index.xhtml");
            assertEquals(Texts.get(Locale.ITALIAN, "home.greeting", "Giulia Bianchi"),
                    browser.text(By.id("greeting")));
            assertTrue(browser.driver().findElements(By.id("how-title")).isEmpty(),
                    "a signed-in person gets a dashboard, not the visitor's explanation");
            WebElement deliveries = browser.driver().findElement(By.id("task-contract-deliverables"));
            assertTrue(deliveries.getText().contains("2"), deliveries.getText());
            assertFalse(browser.driver().findElements(By.cssSelector("#chart-challengesByState tbody tr")).isEmpty());
            assertFalse(browser.driver().findElements(By.cssSelector("#chart-contractProgress tbody tr")).isEmpty());
            browser.screenshot("dashboard-buyer1");
            browser.clickToNewPage(By.cssSelector("#task-contract-deliverables .task-items a"));
            assertTrue(browser.driver().getCurrentUrl().contains("/contracts/contract.xhtml?id="),
                    browser.driver().getCurrentUrl());
        }
    }

    @Test
    void everyRolesDashboardIsAccessibleInItsLanguageOnADesktopAndOnAPhone() {
        List<String> problems = new ArrayList<>();
        for (String user : List.of("admin", "buyer1", "buyer4", "operator1", "operator2", "evaluator3", "evaluator4")) {
            try (Browser browser = new Browser()) {
                browser.login(user, Api.DEMO_PASSWORD);
                browser.open("/index.xhtml");
                boolean english = user.equals("buyer4") || user.equals("operator2") || user.equals("evaluator3");
                assertEquals(Texts.get(english ? Locale.ENGLISH : Locale.ITALIAN, "home.todo"),
                        browser.text(By.id("todo-title")), user);
                browser.screenshot("dashboard-" + user);
                problems.addAll(browser.problems("dashboard of " + user));
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                browser.open("/index.xhtml");
                browser.screenshot("dashboard-" + user + "-390");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void anApplicantReadsItsOwnResultsOnItsPageAndNobodyElseDoes() {
        String operator1 = api.token("operator1", Api.DEMO_PASSWORD);
        long bridge = api.get("/api/v1/proposals", operator1).array().stream().map(JsonObject.class::cast)
                .filter(p -> p.getJsonNumber("challengeId").longValue() == 11).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject results = api.get("/api/v1/proposals/" + bridge + "/results", operator1).json();
        try (Browser browser = new Browser()) {
            browser.login("operator1", Api.DEMO_PASSWORD);
            browser.open("/proposals/edit.xhtml?id=" + bridge);
            browser.clickToNewPage(By.id("results-link"));
            assertEquals(Texts.get(Locale.ITALIAN, "results.outcome." + results.getString("outcome")),
                    browser.text(By.id("outcome")));
            assertEquals(results.getJsonArray("lines").size(),
                    browser.driver().findElements(By.cssSelector("#scores tbody tr")).size());
            assertTrue(browser.driver().getPageSource().contains(results.getString("letterProtocol")));
            assertEquals(List.of(), browser.audit("results of operator1"));
        }
        try (Browser browser = new Browser()) {
            browser.login("operator3", Api.DEMO_PASSWORD);
            browser.open("/proposals/results.xhtml?id=" + bridge);
            assertTrue(browser.onErrorPage(), "another applicant's results are not shown");
            String notYours = browser.driver().findElement(By.tagName("h1")).getText();
            browser.open("/proposals/results.xhtml?id=987654");
            assertEquals(notYours, browser.driver().findElement(By.tagName("h1")).getText(),
                    "the same answer for another's results and for none");
        }
    }
}
