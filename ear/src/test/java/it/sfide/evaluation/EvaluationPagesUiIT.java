package it.sfide.evaluation;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import it.sfide.platform.i18n.Texts;
import it.sfide.proposal.Drafts;
import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evaluation's first steps in the browser: an evaluator declares an affiliation with an applicant, an officer
 * appoints the committee from the opening (a field error first, then the chair and the members chosen by name), the
 * evaluator finds the seat on their home and signs the declaration with their password (a wrong one first; the
 * conflict Sfide found is shown), the chair runs the automatic assignment, which keeps the conflicted member off
 * that proposal, and a hand change that breaks the rule names it. Each page is also checked by axe-core and at
 * 390 px wide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationPagesUiIT {

    private static final Locale IT = Locale.ITALIAN;
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();
    private final Drafts drafts = new Drafts(api);
    private final List<String> problems = new ArrayList<>();

    @Test
    void anOfficerAppointsAMemberDeclaresAndTheChairAssignsInTheBrowser() throws Exception {
        Instant deadline = Instant.now().plusSeconds(25);
        long challenge = drafts.challenge(deadline);
        String marker = "pagine" + TestData.unique();
        List<Long> proposals = new ArrayList<>();
        for (String operator : List.of("operator1", "operator2", "operator3")) {
            String token = drafts.token(operator);
            long id = drafts.complete(challenge, token, marker + operator);
            drafts.submit(id, token, operator + marker);
            proposals.add(id);
        }

        try (Browser evaluator = new Browser()) {
            // while the phase is still open: the evaluator lands on their dashboard, opens their evaluations and
            // declares their expertise
            evaluator.login("evaluator1", Api.DEMO_PASSWORD);
            assertTrue(evaluator.driver().getCurrentUrl().endsWith("/index.xhtml"),
                    "an evaluator lands on their dashboard: " + evaluator.driver().getCurrentUrl());
            assertEquals(Texts.get(IT, "home.todo"), evaluator.text(By.id("todo-title")));
            evaluator.clickToNewPage(By.id("nav-evaluations"));
            assertEquals(Texts.get(IT, "evaluation.home.title"), evaluator.text(By.tagName("h1")));
            evaluator.clickToNewPage(By.id("header:lang-en"));
            assertEquals(Texts.get(Locale.ENGLISH, "evaluation.home.title"), evaluator.text(By.tagName("h1")));
            evaluator.clickToNewPage(By.id("header:lang-it"));
            evaluator.clickToNewPage(By.id("expertise-link"));
            check(evaluator, "expertise");
            By mobility = By.xpath("//input[@name='expertise:themes' and @value='mobility']");
            if (!evaluator.driver().findElement(mobility).isSelected()) {
                evaluator.click(mobility);
            }
            evaluator.type(By.id("expertise:keywords"), "sensori, " + marker);
            // an affiliation with one of the applicants (operator2's university): Sfide will find the conflict
            evaluator.type(By.id("expertise:affiliations"), "Politecnico di Milano\nFondazione " + marker);
            evaluator.clickToNewPage(By.id("expertise:save"));
            assertTrue(evaluator.text(By.id("messages")).contains(Texts.get(IT, "evaluation.expertise.saved")));
            assertTrue(evaluator.driver().findElement(mobility).isSelected(), "the theme stays chosen");
            assertTrue(evaluator.driver().findElement(By.id("expertise:affiliations")).getAttribute("value")
                    .contains("Fondazione " + marker));

            Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis() + 500));
            String buyer1 = drafts.token("buyer1");
            String buyer2 = drafts.token("buyer2");
            expect(200, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening", buyer1, ""));
            expect(200, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening/confirmation", buyer2, ""));
            for (long id : proposals) {
                expect(200, api.post("/api/v1/proposals/" + id + "/admissibility", buyer1, "{\"admissible\":true}"));
            }

            for (String other : List.of("evaluator2", "evaluator3", "evaluator4")) {
                Experts.noAffiliations(api, drafts.token(other));   // only evaluator1's conflict is this test's
            }
            long committee;
            try (Browser officer = new Browser()) {
                officer.login("buyer1", Api.DEMO_PASSWORD);
                officer.open("/proposals/opening.xhtml?challenge=" + challenge + "&phase=1");
                assertEquals(Texts.get(IT, "evaluation.opening.appoint"), officer.text(By.id("appoint")));
                officer.clickToNewPage(By.id("appoint"));
                assertTrue(officer.driver().getCurrentUrl().contains("/evaluation/appoint.xhtml"));
                check(officer, "appoint");
                assertEquals("3", officer.driver().findElement(By.id("appoint:evaluatorsPerProposal"))
                        .getAttribute("value"), "the default rules are shown");
                for (String name : List.of("Moretti", "Romano", "Gallo", "Costa")) {
                    choose(officer, "appoint:memberAccountIds", name);
                    new WebDriverWait(officer.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                            .textToBePresentInElementLocated(By.id("appoint:chosen-members"), name));
                }
                // no chair: the refusal lands on the chair's field, the members chosen stay
                confirmToNewPage(officer, By.id("appoint:submit"));
                assertEquals(Texts.get(IT, "evaluation.error.chairRequired"), fieldError(officer,
                        "appoint:chairAccountId_input"));
                assertTrue(officer.text(By.id("appoint:chosen-members")).contains("Chiara Gallo"));
                choose(officer, "appoint:chairAccountId", "Rossi");
                confirmToNewPage(officer, By.id("appoint:submit"));
                Matcher m = Pattern.compile("committee\\.xhtml\\?id=(\\d+)").matcher(officer.driver().getCurrentUrl());
                assertTrue(m.find(), "the committee's page: " + officer.driver().getCurrentUrl());
                committee = Long.parseLong(m.group(1));
                assertTrue(officer.text(By.id("messages")).contains(Texts.get(IT, "evaluation.appoint.done")));
                assertTrue(officer.text(By.id("members")).contains("Marco Rossi"));
                assertTrue(officer.text(By.id("members")).contains("Anna Moretti"));
                assertTrue(officer.text(By.id("rules")).contains("0,5"), officer.text(By.id("rules")));
                check(officer, "committee-officer");
                // the opening now leads to the committee
                officer.open("/proposals/opening.xhtml?challenge=" + challenge + "&phase=1");
                officer.clickToNewPage(By.id("to-committee"));
                assertTrue(officer.driver().getCurrentUrl().contains("id=" + committee));
                // and the appointment page of an appointed phase shows the committee
                officer.open("/evaluation/appoint.xhtml?challenge=" + challenge + "&phase=1");
                assertTrue(officer.driver().getCurrentUrl().contains("/evaluation/committee.xhtml?id=" + committee),
                        officer.driver().getCurrentUrl());
            }

            // the evaluator's home shows the seat and its next step: the declaration
            evaluator.open("/evaluation/index.xhtml");
            String seatRow = "//table[@id='seats']//tr[.//a[contains(@href,'committee.xhtml?id=" + committee + "')]]";
            By seat = By.xpath(seatRow);
            WebElement next = evaluator.driver().findElement(seat).findElement(By.cssSelector("a.next-step"));
            assertEquals(Texts.get(IT, "evaluation.home.next.declare"), next.getText());
            check(evaluator, "home");
            evaluator.open("/evaluation/committee.xhtml?id=" + committee);
            assertTrue(evaluator.text(By.id("declare-call")).contains(Texts.get(IT,
                    "evaluation.committee.declareFirst.title")), "a member who has not declared is called to");
            assertEquals(Texts.get(IT, "evaluation.proposals.afterDeclaration"), evaluator.text(By.id("no-proposals")));
            evaluator.open("/evaluation/index.xhtml");
            evaluator.clickToNewPage(By.xpath(seatRow + "//a[contains(@class,'next-step')]"));
            assertTrue(evaluator.driver().getCurrentUrl().contains("/evaluation/declaration.xhtml?committee=" + committee));
            assertTrue(evaluator.text(By.id("declaration-text")).contains("Anna Moretti"));
            assertEquals(3, evaluator.driver().findElements(By.cssSelector("fieldset.applicant")).size());
            assertEquals(1, evaluator.driver().findElements(By.xpath("//fieldset[contains(@class,'applicant')][contains(., '"
                    + Texts.get(IT, "evaluation.declaration.found") + "')]")).size(), "the conflict Sfide found is shown");
            check(evaluator, "declaration");
            evaluator.type(By.id("declaration:password"), "not-the-password");
            confirmToNewPage(evaluator, By.id("declaration:sign"));
            assertTrue(fieldError(evaluator, "declaration:password").length() > 0, "the wrong password is named on its field");
            evaluator.type(By.id("declaration:password"), Api.DEMO_PASSWORD);
            confirmToNewPage(evaluator, By.id("declaration:sign"));
            assertTrue(evaluator.text(By.id("signed")).contains(Texts.get(IT, "evaluation.declaration.signedStatus")));
            assertTrue(evaluator.text(By.id("protocol")).matches("[A-Z0-9/-]+"), evaluator.text(By.id("protocol")));
            check(evaluator, "declaration-signed");

            // the others declare through the API
            String c = "/api/v1/committees/" + committee;
            for (String user : List.of("buyer2", "evaluator2", "evaluator3", "evaluator4")) {
                expect(200, api.post(c + "/declaration", drafts.token(user),
                        "{\"conflicts\":[],\"password\":\"" + Api.DEMO_PASSWORD + "\"}"));
            }

            try (Browser chair = new Browser()) {
                chair.login("buyer2", Api.DEMO_PASSWORD);
                chair.open("/evaluation/committee.xhtml?id=" + committee);
                chair.clickToNewPage(By.id("assignment-link"));
                assertTrue(chair.driver().getCurrentUrl().contains("/evaluation/assignment.xhtml?committee=" + committee));
                confirmToNewPage(chair, By.id("auto:assign"));
                assertTrue(chair.text(By.id("messages")).contains(Texts.get(IT, "evaluation.assignment.done")),
                        chair.text(By.id("main")));
                List<WebElement> rows = chair.driver().findElements(By.cssSelector("#rows tbody tr"));
                assertEquals(3, rows.size());
                for (WebElement row : rows) {
                    assertEquals(3, row.findElements(By.cssSelector("ul.assigned li")).size(), row.getText());
                }
                // the university's proposal: the conflicted member is marked, and not among its evaluators
                WebElement university = chair.driver().findElement(By.xpath(
                        "//table[@id='rows']/tbody/tr[contains(., 'Politecnico di Milano')]"));
                assertTrue(university.findElement(By.cssSelector("ul.conflicts")).getText().contains("Anna Moretti"));
                assertTrue(!university.findElement(By.cssSelector("ul.assigned")).getText().contains("Anna Moretti"));
                JsonObject board = expect(200, api.get(c + "/assignments", drafts.token("buyer2"))).json();
                assertTrue(board.getInt("maxLoad") - board.getInt("minLoad") <= 1, board.toString());
                assertEquals(Texts.get(IT, "evaluation.assignment.loadRange", board.getInt("minLoad"),
                        board.getInt("maxLoad")), chair.text(By.id("load-range")));
                check(chair, "assignment");
                // a hand change that breaks a rule says which
                Select proposal = new Select(chair.driver().findElement(By.id("add:candidateId")));
                proposal.getOptions().stream().filter(o -> o.getText().contains("Politecnico di Milano")).findFirst()
                        .orElseThrow().click();
                new Select(chair.driver().findElement(By.id("add:memberId"))).selectByVisibleText("Anna Moretti");
                chair.clickToNewPage(By.id("add:submit"));
                assertEquals(Texts.get(IT, "evaluation.error.rule.conflict"), fieldError(chair, "add:memberId"));
                check(chair, "assignment-refused");
            }

            // the evaluator now has reports to write, and links to them
            int assigned = expect(200, api.get("/api/v1/me/committees", drafts.token("evaluator1"))).array().stream()
                    .map(v -> v.asJsonObject()).filter(s -> s.getJsonNumber("committeeId").longValue() == committee)
                    .findFirst().orElseThrow().getInt("assigned");
            assertTrue(assigned >= 2, "loads within one of 9 / 4: " + assigned);
            evaluator.open("/evaluation/index.xhtml");
            assertEquals(Texts.get(IT, "evaluation.home.next.reports", assigned), evaluator.driver().findElement(seat)
                    .findElement(By.cssSelector("a.next-step")).getText());
            evaluator.open("/evaluation/committee.xhtml?id=" + committee);
            assertEquals(assigned, evaluator.driver().findElements(By.cssSelector(
                    "#proposals a[href*='score.xhtml?committee=" + committee + "&candidate=']")).size());
            check(evaluator, "committee-member");

            // the member leaves the committee: no reason is refused on its field, then the work goes to the others
            evaluator.driver().findElement(By.id("leave:reason")).clear();
            confirmToNewPage(evaluator, By.id("leave:leave"));
            assertEquals(Texts.get(IT, "evaluation.error.reasonRequired"), fieldError(evaluator, "leave:reason"));
            evaluator.type(By.id("leave:reason"), "Ho assunto un incarico presso uno dei proponenti.");
            confirmToNewPage(evaluator, By.id("leave:leave"));
            assertTrue(evaluator.text(By.id("messages")).contains(Texts.get(IT, "evaluation.committee.left")),
                    evaluator.text(By.tagName("main")));
            assertEquals(0, evaluator.driver().findElements(By.id("leave")).size(), "nothing more to leave");
            assertEquals(0, evaluator.driver().findElements(By.cssSelector("#proposals a[href*='score.xhtml']")).size());
            expect(404, api.get(c + "/declaration", drafts.token("evaluator1")));
            JsonObject after = expect(200, api.get(c + "/assignments", drafts.token("buyer2"))).json();
            assertTrue(after.getJsonArray("evaluators").stream().map(v -> v.asJsonObject().getString("name"))
                    .noneMatch("Anna Moretti"::equals), after.toString());
            for (JsonValue row : after.getJsonArray("rows")) {
                assertEquals(3, row.asJsonObject().getJsonArray("assigned").size(), "reassigned: " + row);
                assertTrue(row.asJsonObject().getJsonArray("assigned").stream().noneMatch(v -> v.asJsonObject()
                        .getString("name").equals("Anna Moretti")), row.toString());
            }
            String left = Texts.get(IT, "mail.memberLeft.subject", "", "");
            assertTrue(api.get("/api/v1/admin/outbox?max=50&recipient=buyer2@demo.sfide.localhost",
                    drafts.token("admin")).array().stream().map(JsonValue::asJsonObject).anyMatch(mail -> mail
                    .getString("subject").startsWith(left.substring(0, left.indexOf('"')))
                    && mail.getString("body").contains("Anna Moretti")
                    && mail.getString("body").contains("Ho assunto un incarico")), "the chair is told, with the reason");
        }
        assertEquals(List.of(), problems);
    }

    /** Picks a person in a PrimeFaces autocomplete: types part of the name, chooses the suggestion. */
    private static void choose(Browser browser, String id, String name) {
        browser.type(By.id(id + "_input"), name);
        By item = By.xpath("//*[@id='" + id + "_panel']//li[contains(@class,'ui-autocomplete-item') and contains(., '"
                + name + "')]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(item));
        browser.click(item);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(item));
    }

    /** Clicks a button that asks for confirmation, confirms, and waits for the next page. */
    private static void confirmToNewPage(Browser browser, By button) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        browser.click(button);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The error message shown in the field (div.field) holding the input. */
    private static String fieldError(Browser browser, String inputId) {
        return browser.text(By.xpath("//div[contains(@class,'field')][.//*[@id='" + inputId + "']]"
                + "//*[contains(@class,'ui-message-error')]"));
    }

    /**
     * The page as it is: the automatic WCAG 2.1 AA checks of axe-core, and no horizontal scroll once the window is
     * narrowed to 390 px.
     */
    private void check(Browser browser, String name) {
        for (Rule rule : new AxeBuilder().withTags(WCAG).analyze(browser.driver()).getViolations()) {
            problems.add(name + ": " + rule.getId() + " " + rule.getHelp() + " at " + rule.getNodes().stream().limit(3)
                    .map(n -> String.valueOf(n.getTarget())).toList());
        }
        browser.screenshot("evaluation-" + name);
        Dimension wide = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (((Number) overflow).longValue() > 0) {
                problems.add(name + ": scrolls sideways at 390 px by " + overflow + " px");
                browser.screenshot("evaluation-" + name + "-390");
            }
        } finally {
            browser.driver().manage().window().setSize(wide);
        }
    }
}
