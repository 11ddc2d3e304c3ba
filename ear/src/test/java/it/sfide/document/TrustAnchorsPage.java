package it.sfide.document;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin's trust-anchor page in Chromium, for {@link ExternalSignaturesIT}: a refusal next to its field, an
 * authority added from a PEM file with a note, the page in English, the authority removed after a confirmation;
 * axe-core (WCAG 2.1 A and AA) at each step. Apart from the test class, which also runs inside the server, where
 * the browser's classes are not.
 */
final class TrustAnchorsPage {

    private TrustAnchorsPage() {
    }

    /** The WCAG problems found; the steps themselves are asserted. */
    static List<String> addAndRemove(Path pem, String subject) {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login("admin", Api.DEMO_PASSWORD);
            browser.open("/admin/trust-anchors.xhtml?lang=it");
            assertEquals("Autorità di certificazione fidate", browser.text(By.tagName("h1")));
            problems.addAll(wcag(browser, "it"));
            browser.clickToNewPage(By.id("add:submit"));
            assertTrue(browser.text(By.id("main")).contains("Scegli il file del certificato della CA"),
                    "the refusal next to its field");
            problems.addAll(wcag(browser, "it, refused"));

            browser.driver().findElement(By.id("add:file")).sendKeys(pem.toAbsolutePath().toString());
            browser.type(By.id("add:note"), "Prestatore qualificato di prova");
            browser.clickToNewPage(By.id("add:submit"));
            String page = browser.text(By.id("main"));
            assertTrue(page.contains("Autorità aggiunta: " + subject) && page.contains("Prestatore qualificato di prova"),
                    page);
            browser.screenshot("admin-trust-anchors");

            browser.open("/admin/trust-anchors.xhtml?lang=en");
            assertEquals("Trusted certification authorities", browser.text(By.tagName("h1")));
            problems.addAll(wcag(browser, "en"));
            browser.clickToNewPage(By.cssSelector("[aria-label=\"Remove " + subject.replace("\"", "\\\"") + "\"]"));
            assertTrue(browser.text(By.id("remove-text")).contains(subject));
            problems.addAll(wcag(browser, "en, confirming"));
            browser.clickToNewPage(By.id("remove:confirm"));
            assertTrue(browser.text(By.id("main")).contains("Authority removed: " + subject));
            browser.open("/admin/trust-anchors.xhtml?lang=it");
        }
        return problems;
    }

    private static List<String> wcag(Browser browser, String where) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        return results.getViolations().stream().map(r -> where + ": " + r.getId() + " " + r.getHelp() + " at "
                + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList()).toList();
    }
}
