package it.sfide.challenge;

import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What people do with challenges in a real browser: a visitor searches the catalogue (the search kept in the
 * address) and opens a challenge; an officer writes one with the wizard, meets the field errors, sees markup typed
 * in a title shown as text, and finds on its page what publishing still needs. Screenshots are saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChallengesUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Browser browser = new Browser();
    private final Api api = new Api();

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aVisitorSearchesTheCatalogueSharesTheSearchAndOpensAChallenge() throws Exception {
        String word = Challenges.word();
        JsonObject published = new Challenges(api).published(word, Instant.now().plus(Duration.ofDays(20)));

        browser.open("/challenges/");
        browser.type(By.id("q"), word + " mobilità");
        browser.driver().findElement(By.cssSelector("#type option[value='CHALLENGE_PRIZE']")).click();
        browser.clickToNewPage(By.id("search"));
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.contains("q=" + word) && address.contains("type=CHALLENGE_PRIZE"),
                "the search is in the address: " + address);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#results\\:table a.challenge-title"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains(word));
        assertTrue(Files.size(browser.screenshot("catalogue-search")) > 10_000);

        browser.open("/challenges/");
        assertTrue(browser.driver().findElements(By.cssSelector("#results\\:table a.challenge-title")).size() >= 5,
                "the demo challenges are listed");
        browser.screenshot("catalogue");

        browser.open(address.substring(address.indexOf("/challenges/")).replace("CHALLENGE_PRIZE", "PCP"));
        assertTrue(browser.driver().getPageSource().contains("Nessuna sfida corrisponde alla ricerca."),
                "a shared address with another filter finds nothing");

        browser.open(address.substring(address.indexOf("/challenges/")));
        browser.clickToNewPage(By.cssSelector("#results\\:table a.challenge-title"));
        assertTrue(browser.text(By.id("title")).contains(word));
        assertEquals("Regione Lombardia", browser.text(By.id("buyer")));
        assertTrue(browser.text(By.id("phases")).contains("Fase 1"));
        assertTrue(browser.text(By.id("notices")).contains(published.getString("noticeProtocol")),
                "the signed notice is listed");
        assertTrue(browser.text(By.id("time-left")).startsWith("mancano"));
        browser.screenshot("challenge-page");

        browser.clickToNewPage(By.id("header:lang-en"));
        assertTrue(browser.text(By.id("title")).contains("Challenge " + word), "the English title in English");
    }

    @Test
    void aWrongValueInTheCatalogueAddressIsNamedOnItsFieldAndListsNothingAsTheApiRefusesIt() {
        browser.open("/challenges/?type=SPACESHIP&from=2026-01-01");
        By typeMessage = By.xpath("//div[contains(@class,'field')][.//select[@id='type']]"
                + "//*[contains(@class,'ui-message-error')]");
        assertEquals(it.sfide.platform.i18n.Texts.get(java.util.Locale.ITALIAN, "error.parameter", "type"),
                browser.text(typeMessage));
        assertTrue(browser.driver().getPageSource().contains("Nessuna sfida corrisponde alla ricerca."),
                "nothing is listed for a search that cannot be read");
        assertEquals("2026-01-01", browser.driver().findElement(By.id("deadlineFrom")).getAttribute("value"),
                "the page's former name of the parameter is still understood");
        browser.screenshot("catalogue-wrong-parameter");

        Api.Reply refused = api.get("/api/v1/challenges?type=SPACESHIP&deadlineFrom=2026-01-01", null);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("type", refused.json().getJsonArray("fields").getJsonObject(0).getString("field"));
    }

    @Test
    void anOfficerWritesAChallengeWithTheWizardAndMarkupStaysText() {
        browser.login("buyer1", Api.DEMO_PASSWORD);
        browser.open("/challenges/edit.xhtml");
        String title = "<script>document.title='pwned'</script> Sfida <b>scritta</b> " + Challenges.word();
        browser.type(By.id("wizard:titleIt"), title);
        browser.type(By.id("wizard:titleEn"), "Written challenge");
        browser.type(By.id("wizard:summaryIt"), "Sintesi della sfida.");
        browser.type(By.id("wizard:summaryEn"), "Summary of the challenge.");
        browser.clickToNewPage(By.id("wizard:next"));

        browser.type(By.id("wizard:need"), "Il bisogno: meno code agli sportelli.");
        browser.type(By.id("wizard:needEn"), "The need: shorter queues at the counters.");
        browser.clickToNewPage(By.id("wizard:next"));

        browser.type(By.id("wizard:budget"), "centomila");
        browser.clickToNewPage(By.id("wizard:next"));
        assertTrue(browser.driver().findElement(By.id("wizard:budget")).isDisplayed(), "still on the money step");
        // bad input never disappears: the text stays in its field, the message beside it, nothing says "saved"
        assertEquals("centomila", browser.driver().findElement(By.id("wizard:budget")).getAttribute("value"));
        String budgetMessage = browser.text(
                By.xpath("//input[@id='wizard:budget']/following::*[contains(@class,'ui-message')][1]"));
        assertTrue(budgetMessage.contains("scrivi un importo in cifre") && budgetMessage.contains("centomila"),
                budgetMessage);
        assertFalse(browser.text(By.id("main")).contains("Bozza salvata"), "nothing says saved");
        browser.type(By.id("wizard:budget"), "centomila");
        browser.clickToNewPage(By.id("wizard:save"));
        assertEquals("centomila", browser.driver().findElement(By.id("wizard:budget")).getAttribute("value"),
                "the save button keeps the text too");
        assertFalse(browser.text(By.id("main")).contains("Bozza salvata"), "a refused save does not say saved");
        browser.type(By.id("wizard:budget"), "100000");
        browser.type(By.id("wizard:cig"), "abc");
        browser.clickToNewPage(By.id("wizard:next"));
        assertTrue(browser.driver().getPageSource().contains("Il CIG è di 10 caratteri"),
                "the wrong CIG is named on its field");
        browser.screenshot("wizard-error");
        browser.type(By.id("wizard:cig"), "");
        // dates from today, so the test holds on any day it runs
        String closes = onThePage(Instant.now().plus(Duration.ofDays(56)));
        typeDate(By.id("wizard:phases:0:opensAt_input"), onThePage(Instant.now().minus(Duration.ofDays(5))));
        typeDate(By.id("wizard:phases:0:closesAt_input"), closes);
        browser.clickToNewPage(By.id("wizard:next"));
        assertTrue(browser.driver().findElements(By.id("wizard:criteria:0:nameIt")).size() == 1,
                () -> browser.driver().findElement(By.id("main")).getText());

        browser.type(By.id("wizard:criteria:0:nameIt"), "Qualità");
        browser.type(By.id("wizard:criteria:0:nameEn"), "Quality");
        browser.type(By.id("wizard:criteria:0:weight"), "70");
        browser.clickToNewPage(By.id("wizard:next"));

        assertFalse(browser.driver().getTitle().equals("pwned"), "the script in the title never ran");
        assertTrue(browser.driver().findElement(By.cssSelector(".preview-title")).getText().equals(title),
                "the title is shown exactly as typed, as text");
        browser.screenshot("wizard-preview");
        browser.clickToNewPage(By.id("wizard:finish"));

        assertEquals(title, browser.text(By.id("title")));
        String missing = browser.text(By.id("missing"));
        assertTrue(missing.contains("70"), "the weights do not sum to 100: " + missing);
        assertFalse(missing.contains("Fasi e scadenze"), "the phase typed in the date pickers was saved: " + missing);
        assertTrue(browser.text(By.id("phases")).contains(closes));
        assertTrue(browser.driver().getTitle().startsWith("<script>"), "the page title shows the markup as text, "
                + "it was not replaced by the script: " + browser.driver().getTitle());
        assertTrue(browser.driver().findElements(By.id("actions:ask")).isEmpty(),
                "publication cannot be asked for while something is missing");
    }

    @Test
    void anOperatorAnswersTheConsultationAsksAQuestionAndSharesADocumentFromThePages() throws Exception {
        browser.login("operator1", Api.DEMO_PASSWORD);
        browser.open("/challenges/questionnaire.xhtml?id=3");
        browser.click(By.xpath("(//form[@id='answers']//fieldset)[1]//input[@type='radio' and @value='2']"));
        WebElement fourth = browser.driver().findElement(
                By.xpath("(//form[@id='answers']//fieldset)[2]//input[@type='checkbox' and @value='3']"));
        if (!fourth.isSelected()) {
            fourth.click();
        }
        WebElement cost = browser.driver().findElement(By.xpath("(//form[@id='answers']//textarea)[1]"));
        cost.clear();
        cost.sendKeys("Circa 800 euro per punto.");
        browser.clickToNewPage(By.id("answers:send"));
        assertTrue(browser.driver().getPageSource().contains("Risposte salvate."),
                () -> browser.driver().findElement(By.id("main")).getText());
        String token = api.token("operator1", Api.DEMO_PASSWORD);
        String answers = api.get("/api/v1/challenges/3/questionnaire/answers", token).body();
        assertTrue(answers.contains("[2]") && answers.contains("Circa 800 euro per punto."), answers);
        browser.screenshot("consultation-answer");

        browser.open("/challenges/view.xhtml?id=1");
        String question = "Le corse notturne rientrano nel servizio? " + Challenges.word();
        browser.type(By.id("ask:question"), question);
        browser.clickToNewPage(By.id("ask:send"));
        assertTrue(browser.driver().getPageSource().contains("Domanda inviata all"));
        assertTrue(browser.text(By.id("clarifications")).contains(question), "the asker sees their question");

        java.nio.file.Path sheet = Files.createTempFile("scheda-", ".txt");
        Files.writeString(sheet, "Orari delle corse notturne");
        browser.open("/communities/discussion.xhtml?id=1");
        String reply = "Allego gli orari. " + Challenges.word();
        browser.type(By.id("reply:body"), reply);
        browser.driver().findElement(By.id("reply:file")).sendKeys(sheet.toString());
        browser.clickToNewPage(By.id("reply:send"));
        String posts = browser.text(By.id("posts"));
        assertTrue(posts.contains(reply) && posts.contains(sheet.getFileName().toString()), posts);
        browser.screenshot("community-discussion");
    }

    @Test
    void officersAnswerAndPublishAQuestionMoveADeadlineAndCoSponsorFromThePages() {
        String token = api.token("operator2", Api.DEMO_PASSWORD);
        long pcp = 1;
        String asked = "Serve una sede in Lombardia? " + Challenges.word();
        Api.Reply sent = api.post("/api/v1/challenges/" + pcp + "/clarifications", token,
                jakarta.json.Json.createObjectBuilder().add("question", asked).build().toString());
        assertEquals(201, sent.status(), sent.body());

        browser.login("buyer1", Api.DEMO_PASSWORD);
        browser.open("/challenges/view.xhtml?id=" + pcp);
        List<WebElement> pending = browser.driver().findElements(By.cssSelector("#pending li"));
        WebElement mine = pending.stream().filter(li -> li.getText().contains(asked)).findFirst()
                .orElseThrow(() -> new AssertionError(browser.driver().findElement(By.id("main")).getText()));
        assertTrue(mine.getText().contains("Elena Ricci"), "the buyer sees who asked: " + mine.getText());
        WebElement answer = mine.findElement(By.tagName("textarea"));
        answer.sendKeys("No, basta operare nel territorio durante la sperimentazione.");
        browser.clickToNewPage(By.id(mine.findElement(By.cssSelector("input[id$='save-answer']")).getAttribute("id")));
        WebElement again = browser.driver().findElements(By.cssSelector("#pending li")).stream()
                .filter(li -> li.getText().contains(asked)).findFirst().orElseThrow();
        WebElement wording = again.findElements(By.tagName("textarea")).get(1);
        wording.clear();
        wording.sendKeys("Serve una sede in Lombardia per partecipare?");
        browser.clickToNewPage(By.id(again.findElement(By.cssSelector("input[id$='publish']")).getAttribute("id")));
        String published = browser.text(By.id("published-clarifications"));
        assertTrue(published.contains("Serve una sede in Lombardia per partecipare?"), published);
        assertFalse(published.contains("Elena Ricci"), "published without the asker");

        // ten days after the phase's deadline as it stands: an extension on whatever day (and run) it is
        Instant current = Instant.parse(api.get("/api/v1/challenges/" + pcp, null).json().getJsonArray("phases")
                .getJsonObject(0).getString("closesAt"));
        String extended = onThePage(current.plus(Duration.ofDays(10)));
        typeDate(By.id("actions:newClose_input"), extended);
        browser.type(By.id("actions:reason"), "Proroga per le festività");
        browser.clickToNewPage(By.id("actions:change-deadline"));
        assertTrue(browser.driver().findElements(By.id("amendments")).stream()
                .anyMatch(a -> a.getText().contains("Proroga per le festività")), browser.text(By.id("main")));
        assertTrue(browser.text(By.id("phases")).contains(extended));
        browser.screenshot("challenge-officer");

        String word = Challenges.word();
        new Challenges(api).draft(Challenges.complete(word, Instant.now().plus(Duration.ofDays(40))));
        browser.open("/challenges/mine.xhtml");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("invite:challenge")))
                .selectByVisibleText("Sfida " + word + " per la mobilità sostenibile");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("invite:body")))
                .selectByVisibleText("Agenzia per l'Italia Digitale");
        browser.clickToNewPage(By.id("invite:send"));
        assertTrue(browser.driver().getPageSource().contains("Invito inviato"),
                () -> browser.driver().findElement(By.id("main")).getText());
        browser.screenshot("my-challenges");
    }

    @Test
    void aCallToActionAppearsOnlyWhereItCanBeTaken() {
        browser.login("operator1", Api.DEMO_PASSWORD);
        browser.open("/challenges/view.xhtml?id=3");   // the demo's market consultation, open
        assertTrue(browser.driver().findElements(By.id("proposal-start")).isEmpty(),
                "a market consultation offers no proposal: " + browser.text(By.id("main")));
        assertEquals(1, browser.driver().findElements(By.id("questionnaire")).size(), "its questionnaire instead");
        String operator = api.token("operator1", Api.DEMO_PASSWORD);
        Api.Reply refused = api.post("/api/v1/challenges/3/proposals", operator, "{\"phase\":1}");
        assertEquals(409, refused.status(), "the server refuses it too: " + refused.body());

        browser.open("/challenges/view.xhtml?id=1");   // operator1's organisation submitted for phase 1
        assertTrue(browser.driver().findElements(By.id("proposal-start")).isEmpty(),
                "no second proposal offered: " + browser.text(By.id("main")));
        WebElement see = browser.driver().findElement(By.cssSelector("#proposal-mine a"));
        assertTrue(see.getText().contains("Vedi la tua proposta"), see.getText());
        browser.clickToNewPage(By.cssSelector("#proposal-mine a"));
        assertTrue(browser.driver().getCurrentUrl().contains("/proposals/edit.xhtml?id="),
                browser.driver().getCurrentUrl());
        browser.screenshot("challenge-see-your-proposal");
    }

    @Test
    void aBodyInvitedToCoSponsorReadsTheChallengeItIsAskedToSupport() {
        String word = Challenges.word();
        long draft = new Challenges(api).draft(Challenges.complete(word, Instant.now().plus(Duration.ofDays(40))));
        String milanOfficer = api.token("buyer3", Api.DEMO_PASSWORD);
        long milan = api.get("/api/v1/me", milanOfficer).json().getJsonObject("organisation").getJsonNumber("id")
                .longValue();
        Challenges.expect(404, api.get("/api/v1/challenges/" + draft, milanOfficer));
        Challenges.expect(201, api.post("/api/v1/challenges/" + draft + "/cosponsors",
                api.token("buyer1", Api.DEMO_PASSWORD), "{\"organisationId\":" + milan + "}"));
        Challenges.expect(200, api.get("/api/v1/challenges/" + draft, milanOfficer));

        browser.login("buyer3", Api.DEMO_PASSWORD);
        browser.open("/challenges/mine.xhtml");
        String title = "Sfida " + word + " per la mobilità sostenibile";
        browser.clickToNewPage(By.linkText(title));
        assertEquals(title, browser.text(By.id("title")), browser.text(By.id("main")));
        assertFalse(browser.text(By.id("summary")).isBlank(), "the summary is shown");
        assertFalse(browser.text(By.id("need")).isBlank(), "the need is shown");
        assertTrue(browser.driver().findElements(By.id("officer-title")).isEmpty(), "not the buyer's controls");
        assertTrue(browser.driver().findElements(By.id("pending")).isEmpty(), "not the buyer's internals");
    }

    @Test
    void anEnglishReaderReadsAChallengeInEnglish() {
        browser.login("operator2", Api.DEMO_PASSWORD);   // an English account
        browser.open("/challenges/view.xhtml?id=1");
        assertEquals("On-demand public transport in Alpine valleys", browser.text(By.id("title")));
        String page = browser.text(By.id("main"));
        assertTrue(page.contains("Technical proposal (max 15 pages)") && !page.contains("Proposta tecnica"),
                "the required documents in English only: " + page);
        assertTrue(page.contains("Challenge notice") && !page.contains("Avviso di sfida"),
                "the notices' titles in English: " + page);
        assertTrue(page.contains("Question: May a university lead a consortium")
                && !page.contains("Un'università può"), "the clarification in English, spaced after its label: " + page);
        assertFalse(page.matches("(?s).*\\b[a-z]+Status\\.[A-Z_]+\\b.*"), "no message key on the page");
        assertTrue(browser.text(By.id("need")).startsWith("In the Alpine valleys of Lombardy, conventional bus"),
                "the need in English: " + browser.text(By.id("need")));
        assertEquals("A prototype in phase 2, then a trial in three valleys in phase 3 with at least 500 users.",
                browser.text(By.id("expectedOutcomes")), "the expected outcomes in English");
        assertFalse(page.contains("Nelle valli alpine") || page.contains("Prototipo nella fase 2"),
                "nothing of the need or outcomes in Italian: " + page);
        jakarta.json.JsonObject read = Challenges.expect(200, api.get("/api/v1/challenges/1",
                api.token("operator2", Api.DEMO_PASSWORD))).json();
        assertTrue(read.getString("need").startsWith("Nelle valli alpine")
                && read.getString("needEn").startsWith("In the Alpine valleys"), "the API gives both needs");
        assertEquals("Prototipo nella fase 2, sperimentazione in tre valli nella fase 3 con almeno 500 utenti.",
                read.getString("expectedOutcomes"));
        assertEquals("A prototype in phase 2, then a trial in three valleys in phase 3 with at least 500 users.",
                read.getString("expectedOutcomesEn"));
        browser.screenshot("challenge-in-english");
    }

    @Test
    void onAPhoneTheCatalogueFiltersWaitBehindOneButtonAndTheFirstResultIsInTheFirstScreen() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.open("/challenges/");
        WebElement toggle = browser.driver().findElement(By.id("filters-toggle"));
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(browser.driver().findElement(By.id("q")).isDisplayed(), "the filters wait behind the button");
        WebElement first = browser.driver().findElement(By.cssSelector("a.challenge-title"));
        Number top = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].getBoundingClientRect().top", first);
        assertTrue(top.intValue() < 844, "the first result is in the first screen: " + top);
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(browser.driver().findElement(By.id("q")).isDisplayed(), "one press shows the filters");
        browser.screenshot("catalogue-phone");
    }

    /** Types a date and time into a date picker as a person does, then leaves it with Tab (closing its calendar). */
    /** An instant as the date pickers show it: Rome's time, to the minute. */
    private static String onThePage(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(instant.atZone(java.time.ZoneId.of("Europe/Rome")));
    }

    private void typeDate(By field, String value) {
        browser.type(field, value);
        browser.driver().findElement(field).sendKeys(org.openqa.selenium.Keys.TAB);
        assertEquals(value, browser.driver().findElement(field).getAttribute("value"));
    }
}
