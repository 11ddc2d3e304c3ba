package it.sfide.identity;

import it.sfide.testing.Api;
import it.sfide.testing.Api.Reply;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import it.sfide.identity.control.Totp;
import it.sfide.testing.probe.DatabaseScan;
import it.sfide.testing.probe.IdentityProbe;
import it.sfide.testing.probe.TestClock;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the running Payara (the server's clock is the test's): a forgotten password is recovered with a link by
 * e-mail (read from the outbox), which opens once and expires; asking never tells whether an account exists; the
 * reset ends every API token and page session of the account. The second factor (TOTP, codes computed here from the
 * secret) is set up, asked at login by the pages and the token login, never accepted twice, stands in for by
 * recovery codes, stored encrypted; a platform admin without one can do nothing but set it up.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    private static final String NEW_PASSWORD = "Castagno-bruno-2026!";
    private static final Pattern LINK = Pattern.compile("/reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(AccountSecurityIT.class);
    }

    @Inject
    DatabaseScan database;

    @Inject
    IdentityProbe identity;

    private final Api api = new Api();

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAsAKnownOneAndNoMail() {
        String suffix = TestData.unique();
        String known = register(suffix);
        String unknown = "nessuno." + suffix + "@example.org";
        Reply forKnown = requestReset(known);
        Reply forUnknown = requestReset(unknown);
        assertEquals(202, forKnown.status(), forKnown.body());
        assertEquals(202, forUnknown.status(), forUnknown.body());
        assertEquals(forKnown.body(), forUnknown.body(), "the answer never tells whether the account exists");
        assertEquals(1, resetMails(known).size());
        assertEquals(List.of(), mailsTo(unknown));
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsEveryTokenAndSessionOfTheAccount() throws Exception {
        String suffix = TestData.unique();
        String email = register(suffix);
        String username = "founder" + suffix;
        String token = api.token(username, TestData.PASSWORD);
        HttpClient page = signedInPage(username, TestData.PASSWORD);
        assertEquals(200, profileStatus(page), "the page session is open");

        assertEquals(202, requestReset(email).status());
        String link = latestLink(email);
        Reply described = api.get("/api/v1/password-resets/" + link, null);
        assertEquals(200, described.status(), described.body());
        assertEquals(username, described.json().getString("username"));

        Reply weak = setPassword(link, "password1234");
        assertEquals(422, weak.status(), "the registration's password policy: " + weak.body());
        Reply done = setPassword(link, NEW_PASSWORD);
        assertEquals(200, done.status(), done.body());

        assertEquals(401, api.get("/api/v1/me", token).status(), "every API token is revoked");
        assertEquals(302, profileStatus(page), "the page session ended: back to the login");
        assertEquals(401, api.post("/api/v1/tokens", null, credentials(username, TestData.PASSWORD)).status(),
                "the old password opens nothing");
        assertEquals(username, api.get("/api/v1/me", api.token(username, NEW_PASSWORD)).json()
                .getString("username"));

        Reply again = setPassword(link, "Altra-password-2026!");
        assertEquals(404, again.status(), "a link is used once");
        assertEquals("error.reset.invalid", again.json().getString("code"));
        assertTrue(mailsTo(email).stream().anyMatch(m -> m.contains("token API")), "the person is told");
    }

    @Test
    void aLinkExpiresAfterThirtyMinutesAndANewerOneSpendsTheOlder() {
        String email = register(TestData.unique());
        Instant asked = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestClock.set(asked);
        requestReset(email);
        String first = latestLink(email);
        requestReset(email);
        String second = latestLink(email);
        assertEquals(404, api.get("/api/v1/password-resets/" + first, null).status(), "superseded by the newer");

        TestClock.set(asked.plus(Duration.ofMinutes(30)).minusMillis(1));
        assertEquals(200, api.get("/api/v1/password-resets/" + second, null).status());
        TestClock.set(asked.plus(Duration.ofMinutes(30)));
        assertEquals(404, api.get("/api/v1/password-resets/" + second, null).status(), "expired");
        assertEquals(404, setPassword(second, NEW_PASSWORD).status());
    }

    @Test
    void atMostThreeLinksAnHourGoToOneAddress() {
        String email = register(TestData.unique());
        for (int i = 0; i < 5; i++) {
            assertEquals(202, requestReset(email).status());
        }
        assertEquals(3, resetMails(email).size(), "further requests are answered the same and send nothing");
    }

    @Test
    void aSecondFactorIsAskedAtEveryLoginAndEachCodeWorksOnce() throws Exception {
        String suffix = TestData.unique();
        register(suffix);
        String username = "founder" + suffix;
        String token = api.token(username, TestData.PASSWORD);
        Instant now = Instant.ofEpochSecond(Totp.step(Instant.now()) * Totp.STEP_SECONDS + 10);
        TestClock.set(now);

        Reply begun = api.post("/api/v1/me/second-factor", token, "");
        assertEquals(201, begun.status(), begun.body());
        byte[] secret = Totp.fromBase32(begun.json().getString("secret"));
        assertTrue(begun.json().getString("uri").startsWith("otpauth://totp/"));
        assertTrue(begun.json().getString("qrCode").startsWith("data:image/png;base64,"));
        assertEquals(List.of(), database.whereIs(secret), "the secret is encrypted at rest");
        assertEquals(List.of(), database.whereIs(begun.json().getString("secret")));

        long step = Totp.step(now);
        assertEquals(422, confirm(token, Totp.code(secret, step + 5, 6)).status(), "a wrong code turns nothing on");
        Reply confirmed = confirm(token, Totp.code(secret, step, 6));
        assertEquals(200, confirmed.status(), confirmed.body());
        List<String> recovery = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(10, recovery.size());

        Reply withoutCode = api.post("/api/v1/tokens", null, credentials(username, TestData.PASSWORD, null));
        assertEquals(401, withoutCode.status());
        assertEquals("error.totp.required", withoutCode.json().getString("code"));
        assertEquals(401, api.post("/api/v1/tokens", null, credentials(username, TestData.PASSWORD,
                Totp.code(secret, step, 6))).status(), "the code that confirmed the enrolment is spent");
        String next = Totp.code(secret, step + 1, 6);
        assertEquals(201, api.post("/api/v1/tokens", null, credentials(username, TestData.PASSWORD, next)).status());
        assertEquals(401, api.post("/api/v1/tokens", null, credentials(username, TestData.PASSWORD, next)).status(),
                "a code is accepted once within its window");
        assertEquals(201, api.post("/api/v1/tokens", null, credentials(username, TestData.PASSWORD,
                recovery.get(0))).status(), "a recovery code stands in for the app");
        assertEquals(401, api.post("/api/v1/tokens", null, credentials(username, TestData.PASSWORD,
                recovery.get(0))).status(), "once");

        TestClock.set(now.plusSeconds(Totp.STEP_SECONDS * 3));
        HttpClient page = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> first = submitLogin(page, "login=login&login%3Ausername=" + username
                + "&login%3Apassword=" + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8)
                + "&login%3Asubmit=");
        assertTrue(first.body().contains("code:totp"), "the right password asks for the code: " + first.statusCode());
        HttpResponse<String> second = submitForm(page, first.body(), "code=code&code%3Ausername=" + username
                + "&code%3Atotp=" + Totp.code(secret, step + 3, 6) + "&code%3Averify=");
        assertEquals(302, second.statusCode(), "signed in with the code: " + second.body());
        assertEquals(200, profileStatus(page));
    }

    @Test
    void anAdminWithoutASecondFactorCanDoNothingButSetItUp() throws Exception {
        String username = "admin" + TestData.unique();
        identity.createAdmin(username, NEW_PASSWORD);
        Reply refused = api.post("/api/v1/tokens", null, credentials(username, NEW_PASSWORD, null));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("error.totp.enrolFirst", refused.json().getString("code"));

        Instant now = Instant.ofEpochSecond(Totp.step(Instant.now()) * Totp.STEP_SECONDS + 10);
        TestClock.set(now);
        HttpClient page = signedInPage(username, NEW_PASSWORD);
        HttpResponse<String> admin = get(page, "/admin/organisations.xhtml");
        assertEquals(302, admin.statusCode());
        assertTrue(admin.headers().firstValue("Location").orElse("").endsWith("/account/second-factor.xhtml"));
        HttpResponse<String> enrolment = get(page, "/account/second-factor.xhtml");
        assertEquals(200, enrolment.statusCode());
        HttpResponse<String> begun = submitForm(page, enrolment.body(),
                "secondFactor=secondFactor&secondFactor%3Abegin=");
        Matcher secret = Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>").matcher(begun.body());
        assertTrue(secret.find(), "the key is shown beside the QR code");
        assertTrue(begun.body().contains("data:image/png;base64,"), "the QR code is shown");
        String code = Totp.code(Totp.fromBase32(secret.group(1)), Totp.step(now), 6);
        HttpResponse<String> confirmed = submitForm(page, begun.body(),
                "secondFactor=secondFactor&secondFactor%3Acode=" + code + "&secondFactor%3Aconfirm=");
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("recovery-codes"), "the recovery codes are shown once");
        assertEquals(200, get(page, "/admin/organisations.xhtml").statusCode(), "enrolled: the admin pages open");
    }

    @Test
    void anAdminRemovesALostSecondFactorThePersonSignsInWithThePasswordAndIsTold() throws Exception {
        String suffix = TestData.unique();
        String email = register(suffix);
        String username = "founder" + suffix;
        String before = api.token(username, TestData.PASSWORD);
        Instant now = Instant.ofEpochSecond(Totp.step(Instant.now()) * Totp.STEP_SECONDS + 10);
        TestClock.set(now);
        byte[] secret = Totp.fromBase32(api.post("/api/v1/me/second-factor", before, "").json().getString("secret"));
        assertEquals(200, confirm(before, Totp.code(secret, Totp.step(now), 6)).status());
        assertEquals(10, identity.recoveryCodes(username));
        assertEquals(401, api.post("/api/v1/tokens", null, credentials(username, TestData.PASSWORD)).status(),
                "the second factor is asked");

        String admin = api.token("admin", Api.DEMO_PASSWORD);
        Reply found = api.get("/api/v1/admin/accounts?q=" + URLEncoder.encode(email.toUpperCase(java.util.Locale.ROOT),
                StandardCharsets.UTF_8), admin);
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.array().size(), "found by e-mail address: " + found.body());
        jakarta.json.JsonObject account = found.array().getJsonObject(0);
        assertEquals(username, account.getString("username"));
        assertTrue(account.getBoolean("secondFactor"));
        long id = account.getJsonNumber("id").longValue();
        assertEquals(found.body(), api.get("/api/v1/admin/accounts?q=" + username, admin).body(), "or by username");
        assertEquals("[]", api.get("/api/v1/admin/accounts?q=nobody" + suffix, admin).body().strip());

        Reply removed = api.delete("/api/v1/admin/accounts/" + id + "/second-factor", admin);
        assertEquals(200, removed.status(), removed.body());
        assertTrue(!removed.json().getBoolean("secondFactor"));
        assertEquals(0, identity.recoveryCodes(username), "the recovery codes are gone");
        assertEquals(401, api.get("/api/v1/me", before).status(), "the tokens opened with the lost factor are revoked");
        Reply signedIn = api.post("/api/v1/tokens", null, credentials(username, TestData.PASSWORD));
        assertEquals(201, signedIn.status(), "the password alone signs in: " + signedIn.body());
        assertTrue(!api.get("/api/v1/me/second-factor", api.token(username, TestData.PASSWORD)).json()
                .getBoolean("enabled"));

        Reply again = api.delete("/api/v1/admin/accounts/" + id + "/second-factor", admin);
        assertEquals(409, again.status(), again.body());
        assertEquals("error.totp.off", again.json().getString("code"));

        Reply audit = api.get("/api/v1/audit?actor=admin&action=totp.remove&max=20", admin);
        assertTrue(audit.array().stream().map(JsonValue::asJsonObject).anyMatch(r -> r.getString("outcome")
                .equals("DONE") && r.getString("targetType").equals("account")
                && r.getString("targetId").equals(String.valueOf(id))), "audited, the account its subject: "
                + audit.body());
        List<String> mails = mailsTo(email);
        assertTrue(mails.stream().anyMatch(m -> m.contains("rimosso il secondo fattore")
                && m.contains("/account/second-factor.xhtml")), "the person is told, in Italian, to set it up again: "
                + mails);
    }

    @Test
    void onlyAnAdminRemovesASecondFactorAndNeverHisOwnAndAnUnknownAccountIsNotFound() {
        String admin = api.token("admin", Api.DEMO_PASSWORD);
        long adminId = api.get("/api/v1/admin/accounts?q=admin", admin).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        long buyerId = api.get("/api/v1/admin/accounts?q=buyer1", admin).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        for (String caller : List.of("buyer1", "operator1")) {
            String token = api.token(caller, Api.DEMO_PASSWORD);
            String path = "/api/v1/admin/accounts/" + (caller.equals("buyer1") ? adminId : buyerId) + "/second-factor";
            assertEquals(403, api.delete(path, token).status(), caller);
            assertEquals(403, api.get("/api/v1/admin/accounts?q=admin", token).status(), caller);
            Reply refusals = api.get("/api/v1/audit?actor=" + caller + "&action=access.refused&outcome=REFUSED&max=5",
                    admin);
            assertTrue(refusals.array().stream().map(JsonValue::asJsonObject)
                    .anyMatch(r -> r.getString("details", "").startsWith("DELETE " + path)),
                    "the refusal is audited: " + refusals.body());
        }

        Reply own = api.delete("/api/v1/admin/accounts/" + adminId + "/second-factor", admin);
        assertEquals(403, own.status(), own.body());
        assertEquals("error.totp.removeOwn", own.json().getString("code"));
        Reply audit = api.get("/api/v1/audit?actor=admin&action=totp.remove&outcome=REFUSED&max=5", admin);
        assertTrue(audit.array().stream().map(JsonValue::asJsonObject).anyMatch(r -> r.getString("targetId", "")
                .equals(String.valueOf(adminId))), "refused and audited: " + audit.body());

        Reply unknown = api.delete("/api/v1/admin/accounts/987654321/second-factor", admin);
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals("error.notFound", unknown.json().getString("code"));
        assertEquals(api.delete("/api/v1/admin/nothing-here/987654321", admin).body(), unknown.body(),
                "the same answer as any address that names nothing");
    }

    private Reply confirm(String token, String code) {
        return api.post("/api/v1/me/second-factor/confirmation", token,
                Json.createObjectBuilder().add("code", code).build().toString());
    }

    private String register(String suffix) {
        String email = "recupero." + suffix + "@example.org";
        Reply registered = api.post("/api/v1/registrations", null,
                TestData.operatorRegistration(suffix, email).toString());
        assertEquals(202, registered.status(), registered.body()); // the same answer for every registration (issue 15, point 7)
        return email;
    }

    private Reply requestReset(String email) {
        return api.post("/api/v1/password-resets", null,
                Json.createObjectBuilder().add("email", email).build().toString());
    }

    private Reply setPassword(String link, String password) {
        return api.post("/api/v1/password-resets/" + link + "/password", null,
                Json.createObjectBuilder().add("password", password).build().toString());
    }

    private static String credentials(String username, String password) {
        return credentials(username, password, null);
    }

    private static String credentials(String username, String password, String totp) {
        jakarta.json.JsonObjectBuilder json = Json.createObjectBuilder().add("username", username)
                .add("password", password);
        return (totp == null ? json : json.add("totp", totp)).build().toString();
    }

    /** The bodies of the mails in the outbox to this address, newest first. */
    private List<String> mailsTo(String email) {
        Reply outbox = api.get("/api/v1/admin/outbox?max=50&recipient=" + URLEncoder.encode(email,
                StandardCharsets.UTF_8), api.token("admin", Api.DEMO_PASSWORD));
        assertEquals(200, outbox.status(), outbox.body());
        return outbox.array().stream().map(JsonValue::asJsonObject).map(m -> m.getString("body")).toList();
    }

    /** The reset links mailed to this address, newest first. */
    private List<String> resetMails(String email) {
        return mailsTo(email).stream().filter(body -> LINK.matcher(body).find()).toList();
    }

    private String latestLink(String email) {
        Matcher link = LINK.matcher(resetMails(email).get(0));
        assertTrue(link.find(), "the mail carries the link");
        return link.group(1);
    }

    /** A cookie-keeping client signed in through the login form, as a browser is. */
    private static HttpClient signedInPage(String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = submitLogin(http, "login=login&login%3Ausername="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&login%3Apassword="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&login%3Asubmit=");
        assertEquals(302, login.statusCode(), "signed in: " + login.body());
        return http;
    }

    private static HttpResponse<String> submitLogin(HttpClient http, String fields) throws Exception {
        return submitForm(http, get(http, "/login.xhtml").body(), fields);
    }

    /** Posts a form of {@code page} (its view state added) back to the page's address. */
    private static HttpResponse<String> submitForm(HttpClient http, String page, String fields) throws Exception {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "the form carries its view state");
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page);
        assertTrue(action.find(), "a form");
        String body = fields + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int profileStatus(HttpClient page) throws Exception {
        return page.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/account/profile.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
