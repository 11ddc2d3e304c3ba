package it.sfide.platform;

import com.deque.html.axecore.results.Results;
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

    /** At most this many distinct pages are walked per person and language (far more than any role has). */
    private static final int MAX_PAGES = 60;

    @Test
    void everyPageAVisitorReachesMeetsTheWcagChecksAndFitsAPhoneInBothLanguages() {
        assertEquals(List.of(), walk(null, List.of("/index.xhtml", "/login.xhtml", "/register.xhtml",
                "/recovery.xhtml", "/reset.xhtml?token=unknown", "/invitation.xhtml?token=unknown", "/verify.xhtml",
                "/challenges/?q=mobilita&type=PCP&sort=DEADLINE", "/catalogue/?q=ponti&licence=EUPL-1.2"),
                List.of("/no-such-page.xhtml")));
    }

    @Test
    void everyPageTheAdminReachesMeetsTheWcagChecksAndFitsAPhoneInBothLanguages() {
        assertEquals(List.of(), walk("admin", List.of("/index.xhtml", "/admin/trust-anchors.xhtml",
                "/account/second-factor.xhtml"), List.of()));
    }

    @Test
    void everyPageABuyerReachesMeetsTheWcagChecksAndFitsAPhoneInBothLanguages() {
        List<String> problems = new ArrayList<>(walk("buyer1", List.of("/index.xhtml", "/challenges/edit.xhtml",
                "/challenges/view.xhtml?id=12", "/challenges/view.xhtml?id=5", "/challenges/questionnaire.xhtml?id=3"),
                List.of()));
        // the chair of the committee under evaluation, who also opened the sealed proposals
        problems.addAll(walk("buyer3", List.of("/index.xhtml", "/proposals/opening.xhtml?challenge=7&phase=1"),
                List.of()));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPageAnOperatorReachesMeetsTheWcagChecksAndFitsAPhoneInBothLanguages() {
        assertEquals(List.of(), walk("operator1", List.of("/index.xhtml", "/proposals/index.xhtml",
                "/contracts/index.xhtml"), List.of()));
    }

    @Test
    void everyPageAnEvaluatorReachesMeetsTheWcagChecksAndFitsAPhoneInBothLanguages() {
        assertEquals(List.of(), walk("evaluator3", List.of("/index.xhtml", "/evaluation/index.xhtml"), List.of()));
    }

    /**
     * Walks the portal as the person would (null: a visitor), in Italian and then in English: from the start pages,
     * every page a link leads to, once per page (the first address that shows it), each checked at 1280 px and
     * at 390 px, with nothing on the console (a script that failed, a request that failed, a refusal of the content
     * security policy). A link that leads to an error page is a problem too; the pages in {@code errors} are
     * expected to be one.
     */
    private static List<String> walk(String user, List<String> starts, List<String> errors) {
        List<String> problems = new ArrayList<>();
        String who = user == null ? "visitor" : user;
        for (String language : List.of("it", "en")) {
            try (Browser browser = new Browser()) {
                if (user != null) {
                    browser.login(user, Api.DEMO_PASSWORD);
                }
                browser.open("/index.xhtml?lang=" + language);
                java.util.Deque<String> queue = new java.util.ArrayDeque<>(starts);
                queue.addAll(errors);
                java.util.Set<String> seen = new java.util.HashSet<>();
                int walked = 0;
                while (!queue.isEmpty() && walked < MAX_PAGES) {
                    String page = queue.poll();
                    String file = page.replaceFirst("\\?.*$", "");
                    if (!seen.add(starts.contains(page) || errors.contains(page) ? page : file)) {
                        continue;
                    }
                    seen.add(file);
                    walked++;
                    browser.open(page);
                    String what = page + " (" + who + ", " + language + ")";
                    if (browser.onErrorPage() != errors.contains(page)) {
                        problems.add(what + ": " + (errors.contains(page) ? "no error page"
                                : "a link leads to an error page: " + browser.driver().getTitle()));
                    }
                    browser.screenshot("walk-" + who + "-" + language + page.replaceAll("[^a-z0-9]+", "-"));
                    problems.addAll(browser.audit(what));
                    List<String> console = browser.consoleErrors();
                    if (!errors.contains(page) && !console.isEmpty()) {
                        problems.add(what + ": console errors " + console);
                    }
                    for (String next : browser.pageLinks()) {
                        if (!seen.contains(next.replaceFirst("\\?.*$", ""))) {
                            queue.add(next);
                        }
                    }
                }
                assertTrue(walked >= starts.size(), who + " walked " + walked + " pages in " + language);
                System.out.println("accessibility walk: " + who + " " + language + " " + walked + " pages: " + seen);
            }
        }
        return problems;
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
}
