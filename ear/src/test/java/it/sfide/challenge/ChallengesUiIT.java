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
        browser.clickToNewPage(By.id("wizard:next"));

        browser.type(By.id("wizard:budget"), "centomila");
        browser.clickToNewPage(By.id("wizard:next"));
        assertTrue(browser.driver().findElement(By.id("wizard:budget")).isDisplayed(), "still on the money step");
        browser.type(By.id("wizard:budget"), "100000");
        browser.type(By.id("wizard:cig"), "abc");
        browser.clickToNewPage(By.id("wizard:next"));
        assertTrue(browser.driver().getPageSource().contains("Il CIG è di 10 caratteri"),
                "the wrong CIG is named on its field");
        browser.screenshot("wizard-error");
        browser.type(By.id("wizard:cig"), "");
        browser.clickToNewPage(By.id("wizard:next"));

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
        assertTrue(missing.contains("Fasi e scadenze"), missing);
        assertTrue(browser.driver().getTitle().startsWith("<script>"), "the page title shows the markup as text, "
                + "it was not replaced by the script: " + browser.driver().getTitle());
        assertTrue(browser.driver().findElements(By.id("actions:ask")).isEmpty(),
                "publication cannot be asked for while something is missing");
    }
}
