package it.sfide.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, never a downloaded browser) driving
 * the running portal, with a fresh profile each time. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("sfide.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("sfide.chromedriver", "/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;

    public Browser() {
        try {
            profile = Files.createTempDirectory("sfide-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--window-size=1280,1000", "--lang=it",
                // headless Chromium sends en-US whatever --lang says: the portal would choose English on a first visit
                "--accept-lang=it-IT,it",
                "--user-data-dir=" + profile);
        // the console, where Chromium reports what the content security policy refused
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(Api.BASE + path);
    }

    public String text(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    public void type(By by, String value) {
        var field = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(by));
        field.clear();
        field.sendKeys(value);
    }

    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Clicks something that loads a new page, and waits until the new page replaced the old one. */
    public void clickToNewPage(By by) {
        var oldPage = driver.findElement(By.tagName("html"));
        click(by);
        // gone from the document: Chromium answers either "stale element" or "node does not belong to the document"
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                oldPage.getTagName();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    }

    /** Logs in through the login form, as a person would. */
    public void login(String username, String password) {
        open("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        clickToNewPage(By.id("login:submit"));
    }

    /**
     * What the content security policy refused since the last call, as Chromium reported it on the console (scripts
     * added by {@code executeScript} run apart from the policy, but what they add to the page does not).
     */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    /**
     * The errors the console reported since the last call (scripts that failed, requests that failed, what the
     * content security policy refused), each once; reading them empties the console.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .distinct().toList();
    }

    public Path screenshot(String name) {
        Path target = Path.of(System.getProperty("sfide.test.out", "target"), "screenshots", name + ".png");
        try {
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * The page as it is now, checked by axe-core against WCAG 2.1 A and AA, and at 390 px wide for a horizontal
     * scroll of the page (a wide table scrolls inside its own box): one line per problem, none when it is fine.
     */
    public List<String> problems(String what) {
        List<String> problems = new java.util.ArrayList<>(axe(what));
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        try {
            Object overflow = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((org.openqa.selenium
                    .JavascriptExecutor) d).executeScript("return document.documentElement.clientWidth <= 400"
                    + " ? document.documentElement.scrollWidth - document.documentElement.clientWidth : null"));
            if (((Number) overflow).intValue() > 0) {
                problems.add(what + ": " + overflow + " px of horizontal scrolling at 390 px");
            }
        } finally {
            driver.manage().window().setSize(size);
        }
        return problems;
    }

    /** A phone's viewport (an iPhone 12–15's CSS pixels) and the desktop window every browser starts with. */
    public static final org.openqa.selenium.Dimension PHONE = new org.openqa.selenium.Dimension(390, 844);
    public static final org.openqa.selenium.Dimension DESKTOP = new org.openqa.selenium.Dimension(1280, 1000);

    /**
     * The page as it is now, at both widths: axe-core's WCAG 2.1 A/AA violations on the desktop, then on a 390 × 844
     * phone the violations again and any horizontal scrolling of the page. One line per problem; the window is back
     * at the desktop size afterwards.
     */
    public List<String> audit(String what) {
        List<String> problems = new java.util.ArrayList<>();
        try {
            driver.manage().window().setSize(DESKTOP);
            problems.addAll(axe(what + " (1280 px)"));
            driver.manage().window().setSize(PHONE);
            settle();
            problems.addAll(axe(what + " (390 px)"));
            Number overflow = (Number) new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((org.openqa
                    .selenium.JavascriptExecutor) d).executeScript("return document.documentElement.clientWidth <= 400"
                    + " ? document.documentElement.scrollWidth - document.documentElement.clientWidth : null"));
            if (overflow.intValue() > 0) {
                problems.add(what + ": " + overflow + " px of horizontal scrolling at 390 px, beyond the edge: "
                        + ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(WIDEST));
                screenshot("overflow" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            }
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
        return problems;
    }

    /** The innermost elements that reach beyond the page's right edge, as short selectors (at most three). */
    private static final String WIDEST = "const w = document.documentElement.clientWidth; const out = [];"
            + " for (const e of document.body.querySelectorAll('*')) { const r = e.getBoundingClientRect();"
            + " if (r.right > w + 1 && r.width > 0 && !Array.from(e.children).some(c =>"
            + " c.getBoundingClientRect().right > w + 1)) { let n = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
            + " + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');"
            + " const p = e.parentElement; if (p) { n = p.tagName.toLowerCase() + (p.id ? '#' + p.id : '') + ' > ' + n; }"
            + " out.push(n + ' (' + Math.round(r.right - w) + ' px)'); if (out.length === 3) break; } } return out.join(', ');";

    /**
     * Waits until the page has handled its resize and laid itself out again: its width stays the same over 150 ms
     * (widgets that listen to the resize answer it a little later).
     */
    private void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.manage().window().getSize().getWidth() <= 400);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> (Boolean) ((org.openqa.selenium
                .JavascriptExecutor) d).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " var before = document.documentElement.scrollWidth; requestAnimationFrame(() => setTimeout(() =>"
                + " done(document.documentElement.scrollWidth === before), 150));"));
    }

    private List<String> axe(String what) {
        List<String> problems = new java.util.ArrayList<>();
        for (com.deque.html.axecore.results.Rule rule : new com.deque.html.axecore.selenium.AxeBuilder().withTags(WCAG)
                .analyze(driver).getViolations()) {
            problems.add(what + ": " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " at "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                    .collect(java.util.stream.Collectors.joining(" ")));
        }
        return problems;
    }

    /**
     * The portal's own pages that the page now shown links to, as paths with their query (fragments dropped):
     * pages ({@code .xhtml} or a folder), never the API, downloads, feeds, the language switch or leaving.
     */
    public java.util.Set<String> pageLinks() {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
        java.util.Set<String> pages = new java.util.LinkedHashSet<>();
        for (String href : hrefs) {
            if (!href.startsWith(Api.BASE + "/")) {
                continue;
            }
            String path = href.substring(Api.BASE.length()).replaceFirst("#.*$", "");
            String file = path.replaceFirst("\\?.*$", "");
            boolean page = file.endsWith(".xhtml") || file.endsWith("/");
            if (page && !file.startsWith("/api/") && !path.matches(".*[?&]lang=.*")
                    && !file.startsWith("/jakarta.faces.resource/")) {
                pages.add(path);
            }
        }
        return pages;
    }

    /** Whether the page now shown is one of the portal's error pages (not found, forbidden, expired, failure). */
    public boolean onErrorPage() {
        return !driver.findElements(By.cssSelector("ul.error-actions")).isEmpty();
    }

    /** Clicks a button that asks for confirmation, confirms, and waits for the next page. */
    public void confirmToNewPage(By button) {
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        click(button);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Ends the browser; every browser test also checks that the content security policy refused nothing. */
    @Override
    public void close() {
        List<String> refused;
        try {
            refused = cspViolations();
        } finally {
            driver.quit();
            deleteProfile();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("the content security policy refused: " + refused);
        }
    }

    private void deleteProfile() {
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
