package it.sfide.contract;

import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.sfide.evaluation.AwardFixture;
import it.sfide.platform.i18n.Texts;
import it.sfide.proposal.Drafts;
import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A contract in the browser, from a fresh award: the officer drafts it from the challenge's page, changes the
 * draft (a refusal on its field first), issues and signs it; the university's legal representative signs and
 * delivers a milestone with a report and a file; the officer accepts it and, the last milestone accepted, completes
 * the contract with its certificate. Every page is checked by axe-core and at
 * 390 px; the contract's page with its timeline is saved as docs/images/contract-timeline.png's source.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractUiIT {

    private static final Locale IT = Locale.ITALIAN;
    private static final Locale EN = Locale.ENGLISH;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    @Test
    void anOfficerDraftsAndSignsTheOperatorSignsAndDeliversTheOfficerAccepts() throws Exception {
        long challenge = AwardFixture.award(api, new Drafts(api), List.of("operator2"), "operator2", 90000)
                .challengeId();
        List<String> problems = new ArrayList<>();
        long id;
        try (Browser officer = new Browser()) {
            officer.login("buyer1", Api.DEMO_PASSWORD);
            officer.open("/challenges/view.xhtml?id=" + challenge);
            assertEquals(Texts.get(IT, "contract.draftFromAward", 1), officer.driver()
                    .findElement(By.cssSelector("[id$='draft-contracts:draft']")).getAttribute("value"));
            officer.clickToNewPage(By.cssSelector("[id$='draft-contracts:draft']"));
            assertTrue(officer.text(By.id("messages")).contains(Texts.get(IT, "contract.drafted")));
            officer.clickToNewPage(By.cssSelector("#contract-list a"));
            Matcher m = Pattern.compile("contract\\.xhtml\\?id=(\\d+)").matcher(officer.driver().getCurrentUrl());
            assertTrue(m.find(), officer.driver().getCurrentUrl());
            id = Long.parseLong(m.group(1));
            assertEquals(Texts.get(IT, "contractStatus.DRAFT"), officer.text(By.id("status")));
            problems.addAll(officer.problems("contract draft"));

            // a value over the award is refused on its field, what was typed stays
            officer.driver().findElement(By.id("draft:value")).clear();
            officer.type(By.id("draft:value"), "95000");
            officer.clickToNewPage(By.id("draft:save"));
            assertTrue(officer.text(By.xpath("//div[contains(@class,'field')][.//*[@id='draft:value']]"))
                    .contains(Texts.get(IT, "contract.error.overAward", "90000.00")), officer.text(By.tagName("main")));
            assertEquals("95000", officer.driver().findElement(By.id("draft:value")).getAttribute("value"));
            officer.driver().findElement(By.id("draft:value")).clear();
            officer.type(By.id("draft:value"), "90000");
            officer.driver().findElement(By.id("draft:object")).clear();
            officer.type(By.id("draft:object"), "Prototipo di monitoraggio dei ponti con sensori in fibra ottica");
            officer.clickToNewPage(By.id("draft:save"));
            assertTrue(officer.text(By.id("messages")).contains(Texts.get(IT, "contract.saved")),
                    officer.text(By.tagName("main")));
            officer.confirmToNewPage(By.id("draft:issue"));
            assertEquals(Texts.get(IT, "contractStatus.ISSUED"), officer.text(By.id("status")));
            officer.type(By.id("sign:password"), Api.DEMO_PASSWORD);
            officer.confirmToNewPage(By.id("sign:submit"));
            assertEquals(Texts.get(IT, "contractStatus.BUYER_SIGNED"), officer.text(By.id("status")));
            assertTrue(officer.text(By.id("buyer-signature")).contains("Giulia Bianchi"));
        }

        try (Browser operator = new Browser()) {
            operator.login("operator2", Api.DEMO_PASSWORD);   // Elena Ricci reads English
            operator.open("/contracts/index.xhtml");
            problems.addAll(operator.problems("contracts list"));
            operator.open("/contracts/contract.xhtml?id=" + id);
            operator.type(By.id("sign:password"), Api.DEMO_PASSWORD);
            operator.confirmToNewPage(By.id("sign:submit"));
            assertEquals(Texts.get(EN, "contractStatus.SIGNED"), operator.text(By.id("status")));
            // the delivery: no report is refused on its field; then a report and a file
            Path file = Files.createTempFile("progetto-esecutivo", ".pdf");
            Files.write(file, Drafts.pdf("Relazione intermedia e piano di lavoro", 2));
            operator.driver().findElement(By.id("deliver:files")).sendKeys(file.toString());
            operator.clickToNewPage(By.id("deliver:submit"));
            assertTrue(operator.text(By.xpath("//div[contains(@class,'field')][.//*[@id='deliver:report']]"))
                    .contains(Texts.get(EN, "contract.error.reportRequired")), operator.text(By.tagName("main")));
            operator.type(By.id("deliver:report"), "Relazione intermedia con il piano di installazione.");
            operator.driver().findElement(By.id("deliver:files")).sendKeys(file.toString());
            operator.clickToNewPage(By.id("deliver:submit"));
            assertTrue(operator.text(By.id("messages")).contains(Texts.get(EN, "contract.delivered")),
                    operator.text(By.tagName("main")));
            assertTrue(operator.text(By.id("milestone-1")).contains(Texts.get(EN, "milestoneStatus.SUBMITTED")));
            problems.addAll(operator.problems("contract delivered"));
        }

        try (Browser officer = new Browser()) {
            officer.login("buyer1", Api.DEMO_PASSWORD);
            officer.open("/contracts/contract.xhtml?id=" + id);
            officer.confirmToNewPage(By.cssSelector("[id$='decide:accept']"));
            assertTrue(officer.text(By.id("messages")).contains(Texts.get(IT, "contract.accepted")),
                    officer.text(By.tagName("main")));
            assertTrue(officer.text(By.id("milestone-1")).contains(Texts.get(IT, "milestoneStatus.ACCEPTED")));
            new WebDriverWait(officer.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(
                    By.cssSelector("#timeline .vis-item")).isEmpty());
            String timeline = officer.driver().findElement(By.id("timeline")).getAttribute("outerHTML");
            assertTrue(timeline.contains("milestone-ACCEPTED"), "the accepted milestone on the timeline: " + timeline);
            problems.addAll(officer.problems("contract accepted"));
            officer.driver().manage().window().setSize(new Dimension(1280, 1800));
            assertTrue(Files.size(officer.screenshot("contract-timeline")) > 10_000);

            // the last milestone delivered and accepted (API); the officer completes the contract on its page
            String contract = "/api/v1/contracts/" + id;
            expect(201, api.multipart(contract + "/milestones/2/deliverables", api.token("operator2",
                    Api.DEMO_PASSWORD), List.of(Api.Part.field("report", "Collaudo concluso su tutti i ponti."),
                    Api.Part.file("collaudo.pdf", "application/pdf", Drafts.pdf("Verbale di collaudo", 1)))));
            expect(200, api.post(contract + "/milestones/2/acceptance", api.token("buyer1", Api.DEMO_PASSWORD), ""));
            officer.open("/contracts/contract.xhtml?id=" + id);
            problems.addAll(officer.problems("contract to complete"));
            officer.type(By.id("complete:remarks"), "Lavori conclusi nei tempi, dati pubblicati come dati aperti.");
            officer.confirmToNewPage(By.id("complete:submit"));
            assertTrue(officer.text(By.id("messages")).contains(Texts.get(IT, "contract.completed")),
                    officer.text(By.tagName("main")));
            assertEquals(Texts.get(IT, "contractStatus.COMPLETED"), officer.text(By.id("status")));
            assertTrue(officer.text(By.id("completion")).matches("(?s).*\\d+.*"), officer.text(By.id("completion")));
            assertTrue(officer.driver().findElements(By.id("complete:submit")).isEmpty(), "completed once");
        }
        assertEquals(0, expect(200, api.get("/api/v1/contracts/" + id, api.token("buyer1", Api.DEMO_PASSWORD)))
                .json().getJsonObject("money").getJsonNumber("paid").intValue());
        assertEquals(List.of(), problems, "WCAG 2.1 AA (axe-core) and 390 px without horizontal scrolling");
    }
}
