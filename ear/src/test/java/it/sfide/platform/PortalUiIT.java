package it.sfide.platform;

import it.sfide.identity.control.Totp;
import it.sfide.platform.i18n.Texts;
import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person does in a real headless Chromium: logging in and out, languages, and pages they may not see. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static String it(String key) {
        return Texts.get(Locale.ITALIAN, key);
    }

    @Test
    void buyerLogsInWithTheFormGetsANewSessionAndSeesWhoTheyAre() throws Exception {
        browser.open("/login.xhtml");
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
        browser.login("buyer1", Api.DEMO_PASSWORD);

        assertTrue(browser.text(By.id("who-am-i")).contains("Giulia Bianchi"));
        assertTrue(browser.driver().getPageSource().contains("Regione Lombardia"));
        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
        if (before != null) {
            assertNotEquals(before.getValue(), after.getValue(), "the session id changes at login");
        }
        browser.open("/api/v1/me");
        assertTrue(browser.driver().getPageSource().contains("error.token.required"),
                "the API ignores the browser session (no cross-site request forgery through cookies)");
        browser.open("/index.xhtml");
        Path shot = browser.screenshot("login-buyer1");
        assertTrue(Files.size(shot) > 10_000, "a real screenshot was taken: " + shot);
    }

    @Test
    void formSentAfterItsSessionExpiredReturnsToThePageWithAMessageNotAnError() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).build();
        signIn(http, "buyer2");
        String page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE
                + "/account/profile.xhtml")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "the profile's forms carry their view state");
        // a new session (signed in again, as after a timeout): the server no longer knows the view of the old one
        signIn(http, "buyer2");
        String form = "language=language&language%3Alocale=it&language%3Asave=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE
                + "/account/profile.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/account/profile.xhtml"),
                response.headers().map().toString());
    }

    /** Signs in through the login page as a browser without scripts would: a stateless form, then a session. */
    private static void signIn(java.net.http.HttpClient http, String user) throws Exception {
        String login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/login.xhtml"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertTrue(state.find(), "the login form carries its view state");
        String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + Api.DEMO_PASSWORD
                + "&login%3Asubmit=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
        var signedIn = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), "signed in: " + signedIn.body());
    }

    @Test
    void aVisitorSearchesPagesTheResultsSwitchesLanguageAndSendsFormsWithoutASession() {
        browser.open("/challenges/index.xhtml?type=CHALLENGE_PRIZE");
        By types = By.cssSelector("#results\\:table tbody tr td:nth-child(3)");
        assertTrue(browser.driver().findElements(types).stream()
                .allMatch(cell -> cell.getText().equals(it("challengeType.CHALLENGE_PRIZE"))), "prizes only");
        // the table's pages come through its form: the search of the address still holds
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(
                By.cssSelector("#results\\:table select.ui-paginator-rpp-options"))).selectByValue("10");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()")));
        List<String> after = browser.driver().findElements(types).stream().map(e -> e.getText()).toList();
        assertTrue(!after.isEmpty() && after.stream().allMatch(t -> t.equals(it("challengeType.CHALLENGE_PRIZE"))),
                "still prizes only, 10 a page: " + after);

        browser.clickToNewPage(By.id("header:lang-en"));
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/challenges/index.xhtml?type=CHALLENGE_PRIZE"),
                browser.driver().getCurrentUrl());
        browser.clickToNewPage(By.cssSelector("a.challenge-title"));
        assertTrue(browser.driver().getCurrentUrl().contains("/challenges/view.xhtml?id="));

        browser.open("/verify.xhtml");
        browser.clickToNewPage(By.id("upload:check"));
        assertTrue(browser.text(By.id("main")).contains(Texts.get(Locale.ENGLISH, "verify.error.empty")),
                "the form was read on a stateless page, in English");

        browser.login("buyer2", "not-the-password");
        assertTrue(browser.driver().getPageSource().contains(Texts.get(Locale.ENGLISH, "error.login.failed")));
        assertEquals(null, browser.driver().manage().getCookieNamed("JSESSIONID"), "no session for the visitor");
        assertEquals("en", browser.driver().manage().getCookieNamed("sfide_lang").getValue());
    }

    @Test
    void wrongPasswordShowsOneMessageAndStaysOnTheForm() {
        browser.login("buyer2", "not-the-password");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
        assertTrue(browser.driver().getPageSource().contains(it("error.login.failed")));
    }

    @Test
    void aForgottenPasswordIsAskedForFromTheLoginPageWithOneAnswerForAnyAddress() {
        browser.open("/login.xhtml");
        browser.clickToNewPage(By.id("login:forgot"));
        browser.type(By.id("recovery:email"), "nessuno." + it.sfide.testing.TestData.unique() + "@example.org");
        browser.clickToNewPage(By.id("recovery:submit"));
        assertTrue(browser.driver().getPageSource().contains(Texts.get(Locale.ITALIAN, "recovery.sent", 30)),
                "the same answer whether an account has the address or not");
        browser.open("/reset.xhtml?token=not-a-link");
        assertTrue(browser.driver().getPageSource().contains(it("reset.unusable")));
    }

    @Test
    void visitorIsSentToLoginAndBroughtBackToThePageTheyWanted() {
        browser.open("/account/profile.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml?next="), browser.driver().getCurrentUrl());
        browser.type(By.id("login:username"), "evaluator3");
        browser.type(By.id("login:password"), Api.DEMO_PASSWORD);
        browser.clickToNewPage(By.id("login:submit"));
        browser.text(By.id("who-am-i"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/profile.xhtml"),
                browser.driver().getCurrentUrl());
    }

    @Test
    void operatorGetsTheForbiddenPageOnAdministrationPages() {
        browser.login("operator1", Api.DEMO_PASSWORD);
        browser.open("/admin/organisations.xhtml");
        assertTrue(browser.driver().getPageSource().contains(it("errorPage.forbidden.title")),
                "the forbidden page is shown");
        assertTrue(!browser.driver().getPageSource().contains("Laboratorio Aperto"),
                "no organisation to verify is shown to an operator");
        browser.screenshot("forbidden-operator1");
        String admin = new Api().token("admin", Api.DEMO_PASSWORD);
        Api.Reply refusals = new Api().get("/api/v1/audit?actor=operator1&action=access.refused&outcome=REFUSED&max=5",
                admin);
        assertTrue(refusals.body().contains("\"details\":\"GET /admin/organisations.xhtml\"")
                && refusals.body().contains("\"targetType\":\"page\""),
                "the refusal of the page is audited: " + refusals.body());

        long other = new Api().get("/api/v1/me", new Api().token("operator2", Api.DEMO_PASSWORD)).json()
                .getJsonObject("organisation").getJsonNumber("id").longValue();
        browser.open("/organisation/index.xhtml?id=" + other);
        assertTrue(browser.driver().getPageSource().contains(it("errorPage.forbidden.title")),
                "another organisation's page is forbidden");
        assertTrue(!browser.driver().getPageSource().contains("Politecnico di Milano"));
        browser.open("/organisation/index.xhtml");
        assertTrue(browser.driver().getPageSource().contains("Nuvola Civica"), "the own organisation is shown");
    }

    @Test
    void theAuditLogIsReadPageByPageInWordsWithNamesAndFiltered() {
        // more than a page of records, whatever ran before: an operator's refused reads of the log are recorded too
        String operator = new Api().token("operator1", Api.DEMO_PASSWORD);
        for (int i = 0; i < 30; i++) {
            assertEquals(403, new Api().get("/api/v1/audit?max=1", operator).status());
        }
        browser.login("buyer1", Api.DEMO_PASSWORD);   // a sign-in of Regione Lombardia's officer, to find below
        browser.clickToNewPage(By.id("header:logout"));
        browser.login("admin", Api.DEMO_PASSWORD);
        browser.open("/admin/audit.xhtml");
        By rows = By.cssSelector("tbody[id='records:list_data'] > tr");
        assertEquals(25, browser.driver().findElements(rows).size(), "one page of 25 records");
        String table = browser.text(By.id("records:list"));
        assertTrue(table.matches("(?s).*Righe 1.25 di \\d+.*"), "where the page stands: " + table);
        List<String> actions = browser.driver().findElements(By.cssSelector("tbody[id='records:list_data'] .audit-action"))
                .stream().map(e -> e.getText()).toList();
        assertEquals(25, actions.size());
        assertTrue(actions.stream().noneMatch(a -> a.matches("[a-z]+(\\.[a-zA-Z]+)*")),
                "actions in words, not codes: " + actions);
        String first = browser.driver().findElements(rows).get(0).getText();
        browser.click(By.cssSelector("[id='records:list'] .ui-paginator-next"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                !d.findElements(rows).isEmpty() && !d.findElements(rows).get(0).getText().equals(first));
        assertTrue(browser.text(By.id("records:list")).matches("(?s).*Righe 26.50 di \\d+.*"), "the second page");

        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("filter:action")))
                .selectByVisibleText(it("auditAction.login"));
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("filter:organisation")))
                .selectByVisibleText("Regione Lombardia");
        browser.click(By.id("filter:search"));
        // the table is replaced by ajax while it is read: a row gone stale is read again
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(rows).stream().allMatch(r -> r.getText().contains("Regione Lombardia")));
        List<String> found = browser.driver().findElements(rows).stream().map(r -> r.getText()).toList();
        assertFalse(found.isEmpty(), "buyer1's sign-in is found");
        assertTrue(found.stream().allMatch(r -> r.contains(it("auditAction.login")) && r.contains("Regione Lombardia")),
                "only sign-ins of Regione Lombardia, its name instead of its id: " + found);
        assertTrue(found.stream().anyMatch(r -> r.contains("buyer1")), found.toString());
        assertTrue(browser.text(By.id("records:list")).matches("(?s).*Righe 1.\\d+ di \\d+.*"),
                "a new search starts from its first page");
        browser.screenshot("audit-log");

        browser.clickToNewPage(By.id("header:logout"));
        browser.login("operator1", Api.DEMO_PASSWORD);
        browser.open("/admin/audit.xhtml");
        assertTrue(browser.driver().getPageSource().contains(it("errorPage.forbidden.title")),
                "an operator still gets the forbidden page");
        assertFalse(browser.driver().getPageSource().contains("records:list"), "and no record");
    }

    @Test
    void theAdministratorLooksUpAnAccountAndRemovesItsLostSecondFactorAfterConfirming() {
        String suffix = it.sfide.testing.TestData.unique();
        Api api = new Api();
        assertEquals(202, api.post("/api/v1/registrations", null, it.sfide.testing.TestData.operatorRegistration(suffix,
                "perso." + suffix + "@example.org").toString()).status());
        String username = "founder" + suffix;
        String token = api.token(username, it.sfide.testing.TestData.PASSWORD);
        byte[] secret = Totp.fromBase32(api.post("/api/v1/me/second-factor", token, "").json().getString("secret"));
        assertEquals(200, api.post("/api/v1/me/second-factor/confirmation", token, jakarta.json.Json
                .createObjectBuilder().add("code", Totp.code(secret, Totp.step(java.time.Instant.now()), 6)).build()
                .toString()).status());

        browser.login("admin", Api.DEMO_PASSWORD);
        browser.clickToNewPage(By.id("nav-accounts"));
        Locale language = Locale.forLanguageTag(browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        browser.type(By.id("lookup:query"), username);
        browser.clickToNewPage(By.id("lookup:find"));
        assertEquals(Texts.get(language, "admin.accounts.on"), browser.text(By.id("second-factor")));
        browser.clickToNewPage(By.id("remove:ask"));
        boolean focused = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(),
                java.time.Duration.ofSeconds(5)).until(d -> "remove:confirm".equals(d.switchTo().activeElement()
                        .getDomAttribute("id")));
        assertTrue(focused, "the confirmation takes the keyboard focus");
        assertTrue(browser.text(By.id("confirm-text")).contains(username));
        browser.clickToNewPage(By.id("remove:confirm"));
        assertTrue(browser.text(By.id("main")).contains(Texts.get(language, "admin.accounts.removed", username)));
        assertEquals(Texts.get(language, "admin.accounts.off"), browser.text(By.id("second-factor")));
        browser.screenshot("admin-accounts");
        assertEquals(201, api.post("/api/v1/tokens", null, jakarta.json.Json.createObjectBuilder()
                .add("username", username).add("password", it.sfide.testing.TestData.PASSWORD).build().toString())
                .status(), "the password alone signs in");
    }

    @Test
    void languageSwitchTurnsThePagesToEnglishAndLogoutEndsTheSession() {
        browser.login("operator2", Api.DEMO_PASSWORD);
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"),
                "operator2 prefers English");
        browser.clickToNewPage(By.id("header:lang-it"));
        assertEquals("it", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(it("home.todo"), browser.text(By.id("todo-title")), "the dashboard in Italian");
        browser.clickToNewPage(By.id("header:lang-en"));
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(Texts.get(Locale.ENGLISH, "home.todo"), browser.text(By.id("todo-title")),
                "the dashboard in English");

        browser.clickToNewPage(By.id("header:logout"));
        browser.open("/account/profile.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "after logout the profile needs a login");
    }

    @Test
    void theVerifyingAdministratorSignsACertificateOnThePageByReenteringTheirPassword() {
        Api api = new Api();
        long id = api.organisationOf(api.token(registerOperator(api, "page"), "Ontano-nero-2026!"));
        String admin = api.token("admin", Api.DEMO_PASSWORD);
        assertEquals(200, api.post("/api/v1/admin/organisations/" + id + "/verification", admin, "").status());
        String protocol = api.get("/api/v1/documents?recordType=organisation&recordId=" + id, null).array()
                .getJsonObject(0).getString("protocol");

        browser.login("admin", Api.DEMO_PASSWORD);
        browser.clickToNewPage(By.id("nav-signatures"));
        By choose = By.xpath("//tr[.//code[text()='" + protocol + "']]//input[contains(@id, 'choose')]");
        browser.clickToNewPage(choose);
        browser.type(By.id("sign:password"), "not-my-password-1");
        browser.clickToNewPage(By.id("sign:confirm"));
        assertTrue(browser.text(By.id("main")).contains(it("error.signature.password")),
                "a wrong password signs nothing and says so");

        browser.type(By.id("sign:password"), Api.DEMO_PASSWORD);
        browser.clickToNewPage(By.id("sign:confirm"));
        assertTrue(browser.text(By.id("main")).contains(Texts.get(Locale.ITALIAN, "signatures.done", protocol)),
                browser.text(By.id("main")));
        assertTrue(browser.driver().findElements(choose).isEmpty(), "no longer waiting");
        browser.screenshot("signatures-admin");
        assertTrue(api.get("/api/v1/documents/" + protocol + "/registration", null).json().getString("signers")
                .contains("Amministratore Sfide"));
    }

    @Test
    void aPendingOrganisationsMemberIsToldOnThePageThatJoiningWaitsForVerification() {
        long community = new Api().get("/api/v1/communities", null).array().stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(c -> c.getString("nameEn").equals("Sustainable mobility across territories")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        browser.login("operator4", Api.DEMO_PASSWORD);
        browser.open("/communities/view.xhtml?id=" + community);
        browser.clickToNewPage(By.id("membership:join"));
        assertTrue(browser.text(By.id("main")).contains(it("error.organisation.notVerified")),
                browser.text(By.id("main")));
        assertTrue(browser.driver().findElements(By.id("membership:leave")).isEmpty(), "not a member");
    }

    @Test
    void aRejectedOrganisationsMemberIsToldWhyAtLoginAndGetsNoSession() {
        Api api = new Api();
        String username = registerOperator(api, "rejected");
        long id = api.organisationOf(api.token(username, "Ontano-nero-2026!"));

        browser.login(username, "Ontano-nero-2026!");
        browser.open("/account/profile.xhtml");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/profile.xhtml"), "signed in while pending");
        assertEquals(200, api.post("/api/v1/admin/organisations/" + id + "/rejection", api.token("admin",
                Api.DEMO_PASSWORD), "{\"reason\":\"Dati non verificabili\"}").status());
        browser.open("/account/profile.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "the session ended with the rejection");

        browser.login(username, "Ontano-nero-2026!");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
        assertTrue(browser.text(By.id("main")).contains(it("error.login.organisationRejected")),
                browser.text(By.id("main")));
        browser.open("/account/profile.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "no session");
    }

    /**
     * Pages run under a policy allowing only the portal's scripts and those with the page's nonce (issue 15): a
     * visitor, a buyer and an operator go through pages and ajax actions and the browser refuses nothing.
     */
    @Test
    void pagesRunTheirScriptsUnderANoncePolicyAndTheBrowserRefusesNothingForVisitorsBuyersAndOperators()
            throws Exception {
        // the check sees what it looks for: a script added without the page's nonce is refused and reported
        browser.open("/index.xhtml");
        assertEquals(Boolean.FALSE, js(browser, "var s = document.createElement('script');"
                + " s.textContent = 'window.sfideProbe = 1;'; document.head.appendChild(s);"
                + " return window.sfideProbe === 1;"), "an inline script without the nonce does not run");
        assertFalse(browser.cspViolations().isEmpty(), "and Chromium reports it");

        // a visitor: pages, an ajax update, and Faces' own onclick of the language links
        for (String path : List.of("/index.xhtml", "/challenges/index.xhtml", "/communities/index.xhtml",
                "/verify.xhtml", "/login.xhtml", "/recovery.xhtml", "/no-such-page", "/register.xhtml")) {
            browser.open(path);
            assertPageRunsUnderTheNoncePolicy(browser, path);
        }
        browser.click(By.cssSelector("label[for='register:kind:0']"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("register:nameLabel"), it("field.organisationName.PUBLIC_BODY")));
        browser.clickToNewPage(By.id("header:lang-en"));
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        browser.clickToNewPage(By.id("header:lang-it"));
        assertEquals(List.of(), browser.cspViolations(), "nothing refused for a visitor");

        // a buyer: personal pages, the wizard, and the token's copy button of the portal's own script
        browser.login("buyer1", Api.DEMO_PASSWORD);
        long published = new Api().get("/api/v1/challenges?size=1", null).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        for (String path : List.of("/index.xhtml", "/challenges/mine.xhtml", "/challenges/edit.xhtml",
                "/challenges/view.xhtml?id=" + published, "/organisation/index.xhtml", "/account/signatures.xhtml",
                "/account/profile.xhtml")) {
            browser.open(path);
            assertPageRunsUnderTheNoncePolicy(browser, path);
        }
        String name = "csp " + it.sfide.testing.TestData.unique();
        browser.type(By.id("newToken:tokenName"), name);
        browser.clickToNewPage(By.id("newToken:create"));
        browser.click(By.cssSelector("button[data-copy='tokens:secret']"));
        assertEquals(it("profile.tokens.copied"), browser.text(By.id("copied")), "the copy button works");
        browser.clickToNewPage(By.xpath("//tr[td[normalize-space()='" + name + "']]//input[contains(@id,'askRevoke')]"));
        browser.clickToNewPage(By.xpath("//input[contains(@id,':revoke')]"));
        assertEquals(List.of(), browser.cspViolations(), "nothing refused for a buyer");
        browser.clickToNewPage(By.id("header:logout"));

        // an operator: a proposal saved field by field by ajax, and a button asking for confirmation
        long challenge = new it.sfide.proposal.Drafts(new Api()).challenge(java.time.Instant.now()
                .plus(Duration.ofDays(20)));
        browser.login("operator1", Api.DEMO_PASSWORD);
        browser.open("/challenges/view.xhtml?id=" + challenge);
        assertPageRunsUnderTheNoncePolicy(browser, "a challenge");
        browser.clickToNewPage(By.cssSelector("#proposal-start input[type=submit]"));
        assertPageRunsUnderTheNoncePolicy(browser, "the proposal");
        browser.type(By.id("editor:title"), "Sensori " + it.sfide.testing.TestData.unique());
        browser.driver().findElement(By.id("editor:title")).sendKeys(Keys.TAB);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("editor:saved"), "Salvata"));
        browser.open("/proposals/index.xhtml");
        assertPageRunsUnderTheNoncePolicy(browser, "/proposals/index.xhtml");
        assertEquals(List.of(), browser.cspViolations(), "nothing refused for an operator");
    }

    private static Object js(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /** The page's policy has a nonce and nothing unsafe for scripts, and PrimeFaces runs with that nonce. */
    private static void assertPageRunsUnderTheNoncePolicy(Browser browser, String page) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "complete".equals(js(browser,
                "return document.readyState")));
        String policy = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + " fetch(location.href).then(function (r) { done(r.headers.get('Content-Security-Policy')); });");
        assertTrue(policy != null && policy.matches(".*(^|; )script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?$")
                && !policy.contains("unsafe-eval") && !policy.contains(","), page + ": " + policy);
        Object nonce = js(browser, "return window.PrimeFaces ? PrimeFaces.csp.NONCE_VALUE : null;");
        assertTrue(nonce instanceof String n && !n.isEmpty(), page + ": PrimeFaces got the nonce");
        assertEquals(nonce, js(browser, "return document.querySelector('script[src*=\"sfide.js\"]').nonce;"),
                page + ": the portal's script carries the page's nonce");
    }

    /** Registers a new operator organisation through the API; its manager's username (password Ontano-nero-2026!). */
    private static String registerOperator(Api api, String prefix) {
        String suffix = it.sfide.testing.TestData.unique();
        String request = jakarta.json.Json.createObjectBuilder().add("kind", "OPERATOR")
                .add("organisationName", prefix + " " + suffix + " S.r.l.").add("country", "IT")
                .add("taxCode", it.sfide.testing.TestData.italianVatNumber()).add("operatorType", "SME")
                .add("contactEmail", "p." + suffix + "@example.org").add("fullName", "Titolare " + suffix)
                .add("username", prefix + suffix).add("email", prefix + "." + suffix + "@example.org")
                .add("password", "Ontano-nero-2026!").add("locale", "it").build().toString();
        assertEquals(202, api.post("/api/v1/registrations", null, request).status());
        return prefix + suffix;
    }

    @Test
    void aWrongCurrentPasswordIsNamedNextToItsFieldInTheUsersLanguage() {
        browser.login("evaluator4", Api.DEMO_PASSWORD);
        By current = By.xpath("//div[contains(@class,'field')][.//input[@id='password:current']]"
                + "//*[contains(@class,'ui-message-error')]");
        for (Locale language : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            browser.open("/account/profile.xhtml");
            browser.clickToNewPage(By.id("header:lang-" + language.getLanguage()));
            browser.type(By.id("password:current"), "not-my-password-1");
            browser.type(By.id("password:new"), "Ontano-nero-2027!");
            browser.type(By.id("password:confirmation"), "Ontano-nero-2027!");
            browser.clickToNewPage(By.id("password:change"));
            assertEquals(Texts.get(language, "error.password.current"), browser.text(current),
                    "the message is on the current password's field, in " + language);
            browser.screenshot("profile-password-error-" + language.getLanguage());
        }
        new Api().token("evaluator4", Api.DEMO_PASSWORD); // the password did not change
    }

    // ---- the shared look and the weight (issue 18) ----

    private static java.net.http.HttpResponse<byte[]> get(java.net.http.HttpClient http, String path, String... headers)
            throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(path.startsWith("http") ? path : Api.BASE + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws Exception {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String found(String pattern, String text) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern).matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text.substring(0, Math.min(text.length(), 3000)));
        return matcher.group().replace("&amp;", "&");
    }

    @Test
    void textAnswersAreGzippedAndTheResourcesAreVersionedAndKeptAYear() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        var page = get(http, "/challenges/", "Accept-Encoding", "gzip, deflate, br");
        assertEquals(200, page.statusCode());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null), "the page is compressed");
        assertTrue(page.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")));
        String html = gunzip(page.body());
        assertTrue(html.contains("id=\"nav-challenges\""), "the whole page, compressed");
        var plain = get(http, "/challenges/");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "nothing compressed for who does not ask");
        assertTrue(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8).contains("id=\"nav-challenges\""));
        var refused = get(http, "/challenges/", "Accept-Encoding", "gzip;q=0, identity");
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty(), "gzip;q=0 refuses it");
        var head = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/challenges/"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).header("Accept-Encoding", "gzip")
                .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());

        // the portal's own style sheet and script: a version of the build in the address, gzip, a year, immutable
        String css = found("/jakarta\\.faces\\.resource/css/sfide\\.css\\.xhtml\\?rv=[0-9a-f]{12}", html);
        String js = found("/jakarta\\.faces\\.resource/js/sfide\\.js\\.xhtml\\?rv=[0-9a-f]{12}", html);
        String core = found("/jakarta\\.faces\\.resource/core\\.js\\.xhtml\\?ln=primefaces(&amp;|&)v=[^\"]+", html);
        String icon = found("/jakarta\\.faces\\.resource/images/favicon\\.svg\\.xhtml\\?rv=[0-9a-f]{12}", html);
        assertTrue(css.substring(css.indexOf("rv=")).equals(js.substring(js.indexOf("rv="))), "one version: " + css + js);
        for (String resource : List.of(css, js, core, icon)) {
            var answer = get(http, resource, "Accept-Encoding", "gzip");
            assertEquals(200, answer.statusCode(), resource);
            if (resource != icon) {
                assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse(null), resource);
            }
            String caching = answer.headers().firstValue("Cache-Control").orElse("");
            assertTrue(caching.contains("max-age=31536000") && caching.contains("immutable"), resource + ": " + caching);
        }
        String sheet = gunzip(get(http, css, "Accept-Encoding", "gzip").body());
        String font = found("/jakarta\\.faces\\.resource/fonts/titillium-web-latin-400-normal\\.woff2\\.xhtml\\?rv=[0-9a-f]{12}",
                sheet);
        var woff2 = get(http, font, "Accept-Encoding", "gzip");
        assertEquals(200, woff2.statusCode(), font);
        assertTrue(woff2.headers().firstValue("Content-Encoding").isEmpty(), "a font is compressed already");
        assertTrue(woff2.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals("wOF2", new String(woff2.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        var favicon = get(http, "/favicon.ico", "Accept-Encoding", "gzip");
        assertEquals(200, favicon.statusCode(), "browsers asking /favicon.ico find it");
        assertTrue(favicon.headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(favicon.headers().firstValue("Cache-Control").orElse("").contains("max-age="));
        var json = get(http, "/api/v1/challenges?size=20", "Accept-Encoding", "gzip");
        assertEquals("gzip", json.headers().firstValue("Content-Encoding").orElse(null), "API answers too");
        assertTrue(gunzip(json.body()).startsWith("{"));
    }

    @Test
    void theFirstVisitFollowsTheBrowsersLanguageAndTheChoiceIsThenKept() throws Exception {
        java.util.function.Function<String, String> lang = html -> found("<html[^>]* lang=\"[a-z]+\"", html)
                .replaceAll(".* lang=\"([a-z]+)\"", "$1");
        for (var visit : List.of(List.of("en-GB,en;q=0.9", "en"), List.of("it-IT,it;q=0.9,en;q=0.8", "it"),
                List.of("de-DE,de;q=0.9", "it"), List.of("de-DE,de;q=0.9,en;q=0.5,it;q=0.3", "en"), List.of("", "it"))) {
            java.net.CookieManager cookies = new java.net.CookieManager();
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
            var first = visit.get(0).isEmpty() ? get(http, "/index.xhtml")
                    : get(http, "/index.xhtml", "Accept-Language", visit.get(0));
            String html = new String(first.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(visit.get(1), lang.apply(html), "Accept-Language " + visit.get(0));
            assertTrue(first.headers().allValues("Set-Cookie").stream()
                    .anyMatch(c -> c.startsWith("sfide_lang=" + visit.get(1) + ";")), first.headers().map().toString());
            String other = visit.get(1).equals("en") ? "it-IT,it" : "en-US,en";
            var next = get(http, "/challenges/", "Accept-Language", other);
            assertEquals(visit.get(1), lang.apply(new String(next.body(), java.nio.charset.StandardCharsets.UTF_8)),
                    "the first choice is kept, whatever the browser says next");
            assertTrue(next.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("sfide_lang")));
        }
        // the switch still wins over the browser
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                .build();
        get(http, "/index.xhtml", "Accept-Language", "en");
        var switched = get(http, "/index.xhtml?lang=it", "Accept-Language", "en");
        assertEquals("it", lang.apply(new String(switched.body(), java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("it", lang.apply(new String(get(http, "/verify.xhtml", "Accept-Language", "en").body(),
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theFooterPagesAreReachableInBothLanguagesAndThePrivacyNoticeIsLinkedFromRegistration() {
        browser.open("/register.xhtml");
        browser.clickToNewPage(By.id("register:register-privacy"));
        assertEquals(it("privacy.title"), browser.text(By.tagName("h1")));
        assertTrue(browser.text(By.id("main")).contains("garanteprivacy.it"), "the complaint to the Garante");
        for (Locale language : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            browser.open("/index.xhtml?lang=" + language.getLanguage());
            for (var page : List.of(List.of("footer-accessibility", "accessibility.title"),
                    List.of("footer-privacy", "privacy.title"), List.of("footer-legal", "notes.title"),
                    List.of("footer-contacts", "contacts.title"))) {
                browser.clickToNewPage(By.id(page.get(0)));
                assertEquals(Texts.get(language, page.get(1)), browser.text(By.tagName("h1")), page + " " + language);
                assertEquals(language.getLanguage(), browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            }
        }
        browser.open("/accessibility.xhtml");
        assertTrue(browser.driver().findElement(By.cssSelector("a[href^='https://form.agid.gov.it']")).isDisplayed(),
                "the enforcement procedure links AgID's form");
        browser.screenshot("footer-desktop");
    }

    /** The browser's console of every page: nothing failed to load, no script error (e.g. "$ is not defined"). */
    private static List<String> consoleErrors(Browser browser) {
        return browser.driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage()).toList();
    }

    @Test
    void pagesLoadWithoutConsoleErrorsInTitilliumWebAndThePhoneMenuOpensWithTheKeyboard() {
        List<String> errors = new java.util.ArrayList<>();
        for (String path : List.of("/index.xhtml", "/challenges/", "/challenges/view.xhtml?id=1", "/catalogue/",
                "/communities/index.xhtml", "/verify.xhtml", "/login.xhtml", "/register.xhtml", "/privacy.xhtml",
                "/no-such-page")) {
            browser.open(path);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "complete".equals(js(browser,
                    "return document.readyState")));
            Object faces = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; document.fonts.ready.then(function () {"
                    + " done(Array.from(document.fonts).filter(function (f) {"
                    + " return f.family.indexOf('Titillium Web') >= 0 && f.status === 'loaded'; }).length); });");
            assertTrue(((Number) faces).intValue() >= 1, path + ": Titillium Web is loaded, " + faces);
            assertTrue(String.valueOf(js(browser, "return getComputedStyle(document.body).fontFamily"))
                    .startsWith("\"Titillium Web\""), path);
            consoleErrors(browser).stream().filter(e -> !path.equals("/no-such-page") || !e.contains("404"))
                    .map(e -> path + ": " + e).forEach(errors::add);
        }
        assertEquals(List.of(), errors, "no console errors, no failed requests");

        // a phone: the navigation folds behind one button, opened and closed with the keyboard
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        browser.open("/index.xhtml");
        var button = browser.driver().findElement(By.cssSelector("button.nav-toggle"));
        assertTrue(button.isDisplayed(), "the menu button at 390 px");
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertEquals("site-menu", button.getAttribute("aria-controls"));
        assertFalse(browser.driver().findElement(By.id("nav-challenges")).isDisplayed(), "the menu is folded");
        button.sendKeys(Keys.ENTER);
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(browser.driver().findElement(By.id("nav-challenges")).isDisplayed(), "Enter opened the menu");
        browser.screenshot("menu-390-open");
        browser.driver().findElement(By.id("nav-challenges")).sendKeys(Keys.ESCAPE);
        assertEquals("false", button.getAttribute("aria-expanded"), "Escape closes it");
        assertEquals(button, browser.driver().switchTo().activeElement(), "and gives the focus back to the button");
        button.sendKeys(Keys.SPACE);
        assertEquals("true", button.getAttribute("aria-expanded"), "Space opens it too");
        assertEquals(0L, ((Number) js(browser, "return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth")).longValue(), "the header does not overflow at 390 px");
        browser.open("/index.xhtml");
        browser.screenshot("header-390");

        // the administrator's menu on one line at 1280 px, the person's links in the slim band
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        browser.login("admin", Api.DEMO_PASSWORD);
        assertFalse(browser.driver().findElement(By.cssSelector("button.nav-toggle")).isDisplayed());
        assertEquals(1L, ((Number) js(browser, "return new Set(Array.from(document.querySelectorAll('#site-menu > li'))"
                + ".map(function (li) { return li.getBoundingClientRect().top; })).size")).longValue(),
                "the admin's menu fits one line at 1280 px");
        browser.screenshot("header-admin-1280");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        browser.open("/index.xhtml");
        assertEquals(0L, ((Number) js(browser, "return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth")).longValue(), "the admin's header fits 390 px");
        var account = browser.driver().findElement(By.cssSelector("button.user-toggle"));
        account.sendKeys(Keys.ENTER);
        assertTrue(browser.driver().findElement(By.id("nav-signatures")).isDisplayed(), "the person's links open");
        browser.screenshot("header-admin-390-account");
        assertEquals(List.of(), consoleErrors(browser));
    }
}
