package it.sfide.evaluation;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import it.sfide.platform.i18n.Texts;
import it.sfide.proposal.Drafts;
import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evaluation in the browser: an evaluator scores a proposal on its report page (a draft, a comment too short
 * refused next to its field with what was typed kept, the submission that locks), the chair reads the dashboard
 * (charts with their tables, the reports side by side with a wide spread marked) and proposes the committee's
 * consensus on the page (a departure from the mean without a reason refused next to its field), and an evaluator
 * agrees on the consensus page. The data before that goes through the API, as in {@link EvaluationIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScoringUiIT {

    private static final String LONG = "Valutazione motivata con riferimenti puntuali alla proposta tecnica.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();
    private final Drafts drafts = new Drafts(api);

    @Test
    void anEvaluatorScoresInTheBrowserAndTheChairComparesAndProposesTheConsensus() throws Exception {
        Instant deadline = Instant.now().plusSeconds(25);
        long challenge = drafts.challenge(deadline);
        String marker = "punteggi" + TestData.unique();
        for (String operator : List.of("operator1", "operator2", "operator3")) {
            String token = drafts.token(operator);
            drafts.submit(drafts.complete(challenge, token, marker + operator), token, operator + marker);
        }
        String buyer1 = drafts.token("buyer1");
        Map<String, String> tokens = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (String user : List.of("buyer2", "evaluator1", "evaluator2", "evaluator3")) {
            tokens.put(user, drafts.token(user));
            ids.put(user, api.get("/api/v1/me", tokens.get(user)).json().getJsonNumber("id").longValue());
            if (user.startsWith("evaluator")) {
                Experts.noAffiliations(api, tokens.get(user));
            }
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis() + 500));
        expect(200, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening", buyer1, ""));
        expect(200, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening/confirmation",
                tokens.get("buyer2"), ""));
        JsonObject committee = expect(201, api.post("/api/v1/challenges/" + challenge + "/phases/1/committee", buyer1,
                Json.createObjectBuilder().add("chairAccountId", ids.get("buyer2"))
                        .add("memberAccountIds", Json.createArrayBuilder().add(ids.get("evaluator1"))
                                .add(ids.get("evaluator2")).add(ids.get("evaluator3"))).build().toString())).json();
        long id = committee.getJsonNumber("id").longValue();
        String c = "/api/v1/committees/" + id;
        for (JsonValue v : expect(200, api.get(c, buyer1)).json().getJsonArray("candidates")) {
            expect(200, api.post("/api/v1/proposals/" + v.asJsonObject().getJsonNumber("proposalId").longValue()
                    + "/admissibility", buyer1, "{\"admissible\":true}"));
        }
        for (String user : tokens.keySet()) {
            expect(200, api.post(c + "/declaration", tokens.get(user),
                    "{\"conflicts\":[],\"password\":\"" + Api.DEMO_PASSWORD + "\"}"));
        }
        expect(200, api.post(c + "/assignments", tokens.get("buyer2"), ""));
        List<Long> candidates = new ArrayList<>();
        expect(200, api.get(c, tokens.get("evaluator1"))).json().getJsonArray("candidates")
                .forEach(v -> candidates.add(v.asJsonObject().getJsonNumber("id").longValue()));
        assertEquals(3, candidates.size(), "three evaluators for three proposals: each has them all");
        long work = candidates.get(0);

        List<String> problems = new ArrayList<>();
        // evaluator1 scores in the browser: a draft, a refusal next to its field, the submission that locks
        String report = "/evaluation/score.xhtml?committee=" + id + "&candidate=" + work;
        try (Browser browser = new Browser()) {
            browser.login("evaluator1", Api.DEMO_PASSWORD);
            browser.open(report);
            String code = expect(200, api.get(c + "/proposals/" + work + "/report", tokens.get("evaluator1"))).json()
                    .getString("code");
            assertTrue(browser.text(By.tagName("h1")).contains(code), browser.text(By.tagName("h1")));
            assertTrue(browser.text(By.id("files:list")).contains(code), "blind: files named by the code");
            assertTrue(browser.text(By.tagName("main")).contains("Sintesi " + marker), "the proposal is shown");
            score(browser, 0).selectByValue("3.5");
            browser.type(By.id("report:rows:0:comment"), "Prima impressione");
            browser.clickToNewPage(By.id("report:save"));
            assertTrue(browser.text(By.id("status")).contains(Texts.get(Locale.ITALIAN, "scoring.status.DRAFT")));
            assertEquals("3.5", score(browser, 0).getFirstSelectedOption().getAttribute("value"));

            score(browser, 1).selectByValue("3.0");
            browser.type(By.id("report:rows:1:comment"), LONG);
            submit(browser);
            String tooShort = Texts.get(Locale.ITALIAN, "evaluation.error.commentShort", 30);
            assertTrue(browser.text(By.id("report:rows:0:comment-message")).contains(tooShort),
                    "the refusal is next to the first criterion's comment");
            assertEquals("Prima impressione", browser.driver().findElement(By.id("report:rows:0:comment"))
                    .getAttribute("value"), "what was typed stays");
            assertEquals("3.0", score(browser, 1).getFirstSelectedOption().getAttribute("value"));
            problems.addAll(check(browser, "report with a refusal"));
            assertEquals("DRAFT", expect(200, api.get(c + "/proposals/" + work + "/report",
                    tokens.get("evaluator1"))).json().getString("status"), "the refused submission changed nothing");

            score(browser, 0).selectByValue("4.0");
            browser.type(By.id("report:rows:0:comment"), LONG);
            submit(browser);
            assertTrue(browser.text(By.id("status")).contains(Texts.get(Locale.ITALIAN, "scoring.status.SUBMITTED")));
            assertTrue(browser.text(By.id("submitted")).contains("4,0"), browser.text(By.id("submitted")));
            assertTrue(browser.driver().findElements(By.id("report:save")).isEmpty(), "locked");
            assertTrue(browser.driver().findElements(By.id("revision:reason")).size() == 1, "a change needs a reason");
            problems.addAll(check(browser, "submitted report"));

            // a change after submission needs a reason; the history keeps the earlier scores
            new Select(browser.driver().findElement(By.id("revision:rows:0:score"))).selectByValue("4.5");
            browser.clickToNewPage(By.id("revision:revise"));
            assertEquals(Texts.get(Locale.ITALIAN, "evaluation.error.reasonRequired"),
                    browser.text(By.id("revision:reason-message")));
            assertEquals("4.5", new Select(browser.driver().findElement(By.id("revision:rows:0:score")))
                    .getFirstSelectedOption().getAttribute("value"), "what was chosen stays");
            browser.type(By.id("revision:reason"), "Riletto l'allegato tecnico");
            browser.clickToNewPage(By.id("revision:revise"));
            assertTrue(browser.text(By.id("history")).contains("1=4.0; 2=3.0"), browser.text(By.id("history")));
            assertTrue(browser.text(By.id("submitted")).contains("4,5"), browser.text(By.id("submitted")));
            // back to 4.0 for the figures below
            new Select(browser.driver().findElement(By.id("revision:rows:0:score"))).selectByValue("4.0");
            browser.type(By.id("revision:reason"), "Errore di battitura");
            browser.clickToNewPage(By.id("revision:revise"));
        }

        // the others submit through the API: evaluator2 far from evaluator1 on the first criterion
        for (long candidate : candidates) {
            report(c, candidate, tokens.get("evaluator2"), 1.0, 3.0);
            report(c, candidate, tokens.get("evaluator3"), 2.5, 3.5);
        }

        // the chair's dashboard: charts with their tables, reports side by side, the consensus proposed on the page
        try (Browser chair = new Browser()) {
            chair.login("buyer2", Api.DEMO_PASSWORD);
            chair.open("/evaluation/dashboard.xhtml?committee=" + id);
            String progress = chair.text(By.id("progress"));
            assertTrue(progress.contains("1") && progress.contains("3"), progress);
            assertEquals(2, chair.driver().findElements(By.cssSelector("table.distribution")).size(),
                    "a table per criterion's chart");
            new WebDriverWait(chair.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(
                    By.cssSelector(".ui-chart canvas")).size() == 3);
            assertTrue(chair.text(By.cssSelector("table.distribution")).contains("2,5"));
            String side = chair.text(By.cssSelector("#proposal-" + work + " table.side-by-side"));
            assertTrue(side.contains("4,0") && side.contains("1,0") && side.contains("2,5"), side);
            assertTrue(side.contains(LONG), "comments beside the scores: " + side);
            assertTrue(side.contains(Texts.get(Locale.ITALIAN, "dashboard.spread.wide")), "the wide spread is said");
            assertTrue(chair.text(By.id("calibration")).length() > 0);
            // the user guide's picture (target/screenshots, copied to docs/images)
            chair.driver().manage().window().setSize(new Dimension(1280, 2800));
            assertTrue(Files.size(chair.screenshot("chair-dashboard")) > 10_000);
            chair.driver().manage().window().setSize(new Dimension(1280, 1000));

            String section = "#proposal-" + work + " ";
            List<WebElement> scores = chair.driver().findElements(By.cssSelector(section + "select[id$=':score']"));
            new Select(scores.get(0)).selectByValue("4.5");
            new Select(scores.get(1)).selectByValue("3.5");
            List<WebElement> comments = chair.driver().findElements(By.cssSelector(section + "textarea[id$=':comment']"));
            comments.get(0).sendKeys("Solida sul piano tecnico.");
            comments.get(1).sendKeys("Impatto chiaro.");
            chair.clickToNewPage(By.cssSelector(section + "input[id$=':propose']"));
            String refused = chair.text(By.tagName("main"));
            assertTrue(chair.driver().findElement(By.cssSelector(section + "[id$='rows:0:reason-message']"))
                    .isDisplayed(), refused);
            String reasonMessage = chair.text(By.cssSelector(section + "[id$='rows:0:reason-message']"));
            assertEquals(Texts.get(Locale.ITALIAN, "evaluation.error.consensusReason", "2.50", "1.0"), reasonMessage,
                    "a reason is required next to the first criterion, whose mean is 2.50");
            assertEquals("Solida sul piano tecnico.", chair.driver().findElements(By.cssSelector(section
                    + "textarea[id$=':comment']")).get(0).getAttribute("value"), "what was typed stays");
            chair.driver().findElements(By.cssSelector(section + "textarea[id$=':reason']")).get(0)
                    .sendKeys("Il valutatore 2 non ha considerato l'allegato tecnico.");
            chair.clickToNewPage(By.cssSelector(section + "input[id$=':propose']"));
            assertTrue(chair.text(By.cssSelector(section + "p")).contains(
                    Texts.get(Locale.ITALIAN, "consensusPage.status.PROPOSED")), chair.text(By.cssSelector(section)));
            problems.addAll(check(chair, "dashboard"));
            // the list's filters: the proposal waiting for its answers is under "awaiting answers", with its count
            chair.clickToNewPage(By.id("show-PROPOSED"));
            assertTrue(chair.driver().findElement(By.id("show-PROPOSED")).getAttribute("aria-current")
                    .equals("page"));
            assertEquals(1, chair.driver().findElements(By.cssSelector("section.proposal")).size());
            assertTrue(chair.driver().findElement(By.id("proposal-" + work)).isDisplayed());
            assertEquals(Texts.get(Locale.ITALIAN, "dashboard.page.range", 1, 1, 1), chair.text(By.id("page-range")));
            chair.clickToNewPage(By.id("header:lang-en"));
            assertEquals(Texts.get(Locale.ENGLISH, "dashboard.title"), chair.text(By.tagName("h1")));
            assertTrue(chair.text(By.id("calibration")).contains(Texts.get(Locale.ENGLISH,
                    "dashboard.calibration.apart")), "evaluator2 sits systematically apart");
            problems.addAll(check(chair, "dashboard in English"));
        }
        JsonObject proposed = expect(200, api.get(c + "/proposals/" + work + "/consensus", tokens.get("evaluator1")))
                .json();
        assertEquals("PROPOSED", proposed.getString("status"));
        assertEquals(4.5, proposed.getJsonArray("lines").getJsonObject(0).getJsonNumber("score").doubleValue());

        // an evaluator reads the consensus and agrees; a dissent without its reasons is refused
        try (Browser evaluator = new Browser()) {
            evaluator.login("evaluator1", Api.DEMO_PASSWORD);
            evaluator.open("/evaluation/consensus.xhtml?committee=" + id + "&candidate=" + work);
            assertTrue(evaluator.text(By.id("consensus")).contains("4,5"));
            evaluator.clickToNewPage(By.id("answer:disagree"));
            assertTrue(evaluator.text(By.id("answer:dissent-message")).contains(
                    Texts.get(Locale.ITALIAN, "evaluation.error.dissentRequired")));
            problems.addAll(check(evaluator, "consensus with a refusal"));
            evaluator.clickToNewPage(By.id("answer:agree"));
            assertTrue(evaluator.text(By.id("my-answer")).contains(Texts.get(Locale.ITALIAN,
                    "consensusPage.agree.done")));
        }
        assertEquals(List.of(), problems, "WCAG 2.1 AA (axe-core) and 390 px without horizontal scrolling");
    }

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * The page as it is now, checked by axe-core against WCAG 2.1 A and AA, and at 390 px wide for a horizontal
     * scroll of the page (a wide table scrolls inside its own box).
     */
    private static List<String> check(Browser browser, String what) {
        List<String> problems = new ArrayList<>();
        for (Rule rule : new AxeBuilder().withTags(WCAG).analyze(browser.driver()).getViolations()) {
            problems.add(what + ": " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " at "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                    .collect(Collectors.joining(" ")));
        }
        Dimension size = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 900));
        try {
            Object overflow = new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> ((JavascriptExecutor) d)
                    .executeScript("return document.documentElement.clientWidth <= 400"
                            + " ? document.documentElement.scrollWidth - document.documentElement.clientWidth : null"));
            if (((Number) overflow).intValue() > 0) {
                problems.add(what + ": " + overflow + " px of horizontal scrolling at 390 px");
            }
        } finally {
            browser.driver().manage().window().setSize(size);
        }
        return problems;
    }

    private static Select score(Browser browser, int row) {
        return new Select(browser.driver().findElement(By.id("report:rows:" + row + ":score")));
    }

    /** Submits the report, confirming that it locks. */
    private static void submit(Browser browser) {
        var page = browser.driver().findElement(By.tagName("html"));
        browser.click(By.id("report:submit"));
        Alert confirm = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.alertIsPresent());
        confirm.accept();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void report(String c, long candidate, String token, double first, double second) {
        JsonArrayBuilder scores = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("criterion", 1).add("score", first).add("comment", LONG))
                .add(Json.createObjectBuilder().add("criterion", 2).add("score", second).add("comment", LONG));
        expect(200, api.post(c + "/proposals/" + candidate + "/report/submission", token,
                Json.createObjectBuilder().add("scores", scores).build().toString()));
    }
}
