package it.sfide.proposal;

import it.sfide.platform.i18n.Texts;
import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import it.sfide.challenge.Challenges;
import it.sfide.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator does in the browser: prepares a proposal, attaches a PDF, submits it and gets the receipt. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();
    private final Drafts drafts = new Drafts(api);

    @Test
    void anOperatorWritesAttachesAndSubmitsAProposalAndSeesItsReceipt() throws Exception {
        long challenge = drafts.challenge(Instant.now().plus(Duration.ofDays(20)));
        String marker = "browser" + TestData.unique();
        Path pdf = Files.createTempFile("proposta-", ".pdf");
        Files.write(pdf, Drafts.pdf("Proposta tecnica " + marker, 2));
        try (Browser browser = new Browser()) {
            browser.login("operator1", Api.DEMO_PASSWORD);
            browser.open("/challenges/view.xhtml?id=" + challenge);
            browser.clickToNewPage(By.cssSelector("#proposal-start input[type=submit]"));
            assertTrue(browser.driver().getCurrentUrl().contains("/proposals/edit.xhtml"));

            browser.type(By.id("editor:title"), "Sensori " + marker);
            browser.driver().findElement(By.id("editor:title")).sendKeys(Keys.TAB);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("editor:saved"), "Salvata"));
            // a refusal of the autosave (an ajax listener) lands next to its field, in the user's language
            browser.type(By.id("editor:trlCurrent"), "12");
            browser.driver().findElement(By.id("editor:trlCurrent")).sendKeys(Keys.TAB);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("editor:trlCurrent-message"),
                            Texts.get(Locale.ITALIAN, "proposal.error.trl")));
            browser.type(By.id("editor:summary"), "Una rete di sensori per il traffico.");
            browser.type(By.id("editor:solution"), "Sensori a basso consumo e una piattaforma aperta.");
            browser.type(By.id("editor:team"), "Tre ingegneri e una data scientist.");
            browser.type(By.id("editor:budget"), "50000");
            browser.type(By.id("editor:lines:0:item"), "Personale");
            browser.type(By.id("editor:lines:0:amount"), "50000");
            browser.type(By.id("editor:trlCurrent"), "4");
            browser.type(By.id("editor:trlTarget"), "7");
            browser.driver().findElement(By.id("editor:trlTarget")).sendKeys(Keys.TAB);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("editor:trlCurrent-message"),
                            Texts.get(Locale.ITALIAN, "proposal.error.trl"))));
            browser.type(By.id("editor:ipTerms"), "Licenza d'uso gratuita all'ente.");
            browser.driver().findElement(By.id("editor:ipTerms")).sendKeys(Keys.TAB);
            browser.clickToNewPage(By.id("editor:save"));

            browser.driver().findElement(By.id("files:upload_input")).sendKeys(pdf.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions
                    .presenceOfElementLocated(By.id("attachments:list")));
            assertTrue(browser.text(By.id("attachments:list")).contains(pdf.getFileName().toString()));
            browser.screenshot("proposal-editor");

            browser.clickToNewPage(By.id("submit:submit"));
            assertTrue(browser.driver().getCurrentUrl().contains("/proposals/receipt.xhtml"),
                    browser.driver().getCurrentUrl());
            String protocol = browser.text(By.id("protocol"));
            assertTrue(protocol.matches("[A-Z0-9/-]+"), "a protocol number: " + protocol);
            assertEquals(64, browser.text(By.id("digest")).strip().length());
            assertTrue(Files.size(browser.screenshot("proposal-receipt")) > 10_000);
            assertTrue(browser.driver().getPageSource().contains(Drafts.sha256(Files.readAllBytes(pdf))),
                    "the receipt shows the file's SHA-256");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void aPartnerAcceptsAndTwoOfficersOpenReadAndDecideInTheBrowser() throws Exception {
        Instant deadline = Instant.now().plusSeconds(40);
        long challenge = drafts.challenge(deadline);
        String lead = drafts.token("operator1");
        String marker = "apertura" + TestData.unique();
        long proposal = drafts.complete(challenge, lead, marker);
        long sme = api.get("/api/v1/me", drafts.token("operator3")).json().getJsonObject("organisation")
                .getJsonNumber("id").longValue();
        Challenges.expect(200, api.post("/api/v1/proposals/" + proposal + "/partners", lead,
                "{\"organisationId\":" + sme + ",\"role\":\"Analisi dei dati\",\"budgetShare\":25}"));
        try (Browser partner = new Browser()) {
            partner.login("operator3", Api.DEMO_PASSWORD);
            partner.open("/proposals/index.xhtml");
            String invitations = partner.text(By.id("invitations:list"));
            assertTrue(invitations.contains("Analisi dei dati"), invitations);
            partner.clickToNewPage(By.cssSelector("#invitations\\:list input[id$=':accept']"));
            assertTrue(partner.text(By.id("proposals")).contains("Partner"), "now listed as a partner");
            partner.open("/proposals/edit.xhtml?id=" + proposal);
            assertEquals("Titolo " + marker, partner.driver().findElement(By.id("editor:title"))
                    .getAttribute("value"), "the partner sees and edits the draft");
        }
        drafts.submit(proposal, lead, "ui" + marker);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis() + 500));

        try (Browser first = new Browser()) {
            first.login("buyer1", Api.DEMO_PASSWORD);
            first.open("/challenges/view.xhtml?id=" + challenge);
            first.clickToNewPage(By.cssSelector("#openings a"));
            assertEquals("1", first.text(By.id("count")));
            first.clickToNewPage(By.id("opening:request"));
            assertTrue(first.text(By.id("awaiting")).length() > 0, "the one who asked cannot confirm");
        }
        try (Browser second = new Browser()) {
            second.login("buyer2", Api.DEMO_PASSWORD);
            second.open("/proposals/opening.xhtml?challenge=" + challenge + "&phase=1");
            var page = second.driver().findElement(By.tagName("html"));
            second.click(By.id("opening:confirm"));
            new WebDriverWait(second.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent())
                    .accept();
            new WebDriverWait(second.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
            assertTrue(second.text(By.id("opened")).contains("Nuvola Civica"), "the opened proposal is listed");
            second.screenshot("proposal-opening");
            second.clickToNewPage(By.cssSelector("#opened a"));
            assertTrue(second.text(By.tagName("h1")).contains("Titolo " + marker), "the officer reads it");
            second.clickToNewPage(By.id("decision:inadmissible"));
            assertTrue(second.driver().getPageSource().contains("Indica il motivo"), "a reason is required");
            second.type(By.id("decision:reason"), "Manca il piano economico firmato");
            second.clickToNewPage(By.id("decision:inadmissible"));
            assertTrue(second.driver().getPageSource().contains("Non ammessa"),
                    "the decision shows: " + second.text(By.tagName("main")));
        }
    }
}
