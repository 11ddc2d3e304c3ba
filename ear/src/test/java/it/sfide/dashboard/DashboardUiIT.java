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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role's dashboard in the browser: a link followed to the work, the charts, each role in its language and on a
 * 390 px phone; the applicant's results page (what waits for whom is checked over the API by {@link DashboardIT}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

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
