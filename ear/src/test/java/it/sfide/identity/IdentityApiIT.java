package it.sfide.identity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import it.sfide.testing.Api;
import it.sfide.testing.Api.Reply;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identity capability through the REST API of the deployed portal, as a client program sees it: registration,
 * verification, tokens, the caller, organisations, invitations by e-mail (received by a real SMTP server), and
 * the access rules between tenants.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityApiIT {

    /** The SMTP server the portal under test sends to (SFIDE_SMTP_HOST/PORT in the build). */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    @Test
    void anApiCallIsWhoItsTokenSaysEvenFromAClientThatKeepsCookies() throws Exception {
        java.net.http.HttpClient jar = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).build();
        String buyer = api.token("buyer1", Api.DEMO_PASSWORD);
        String operator = api.token("operator1", Api.DEMO_PASSWORD);
        for (String[] call : new String[][] {{buyer, "buyer1"}, {operator, "operator1"}, {buyer, "buyer1"}}) {
            var response = jar.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/api/v1/me"))
                    .header("Authorization", "Bearer " + call[0]).header("Accept", "application/json").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("\"username\":\"" + call[1] + "\""), response.body());
        }
    }

    @Test
    void registeredOperatorLogsInIsVerifiedByTheAdminAndSeesItselfInMe() throws Exception {
        String suffix = TestData.unique();
        String email = "founder." + suffix + "@example.org";
        Reply registered = api.post("/api/v1/registrations", null, operatorRegistration(suffix, email).toString());
        assertEquals(202, registered.status(), registered.body());

        String token = api.token("founder" + suffix, "Quercia-verde-2026!");
        long organisationId = api.organisationOf(token);
        JsonObject me = api.get("/api/v1/me", token).json();
        assertEquals("founder" + suffix, me.getString("username"));
        assertEquals("OPERATOR", me.getString("role"));
        assertTrue(me.getBoolean("organisationManager"));
        assertEquals("PENDING", me.getJsonObject("organisation").getString("status"));
        assertMailTo(email, "Innovazione Aperta " + suffix);

        String admin = api.token("admin", Api.DEMO_PASSWORD);
        Reply pending = api.get("/api/v1/admin/organisations?status=PENDING", admin);
        assertEquals(200, pending.status(), pending.body());
        assertTrue(pending.array().stream().map(JsonValue::asJsonObject)
                .anyMatch(o -> o.getJsonNumber("id").longValue() == organisationId));
        Reply verified = api.post("/api/v1/admin/organisations/" + organisationId + "/verification", admin, "");
        assertEquals(200, verified.status(), verified.body());
        assertEquals("VERIFIED", verified.json().getString("status"));

        JsonObject after = api.get("/api/v1/me", token).json();
        assertEquals("VERIFIED", after.getJsonObject("organisation").getString("status"));
        assertMailTo(email, "verificata");
    }

    @Test
    void operatorIsForbiddenFromAdminEndpointsAndFromAnotherOrganisation() {
        String operator1 = api.token("operator1", Api.DEMO_PASSWORD);
        long own = api.get("/api/v1/me", operator1).json().getJsonObject("organisation").getJsonNumber("id").longValue();
        String operator2 = api.token("operator2", Api.DEMO_PASSWORD);
        long other = api.get("/api/v1/me", operator2).json().getJsonObject("organisation").getJsonNumber("id")
                .longValue();

        assertEquals(200, api.get("/api/v1/organisations/" + own, operator1).status());
        assertEquals(200, api.get("/api/v1/organisations/" + own + "/members", operator1).status());
        for (String path : List.of("/api/v1/organisations/" + other, "/api/v1/organisations/" + other + "/members",
                "/api/v1/organisations/" + other + "/invitations", "/api/v1/admin/organisations",
                "/api/v1/admin/outbox")) {
            Reply reply = api.get(path, operator1);
            assertEquals(403, reply.status(), path + " -> " + reply.body());
            assertEquals("error.forbidden", reply.json().getString("code"));
        }
        Reply verify = api.post("/api/v1/admin/organisations/" + own + "/verification", operator1, "");
        assertEquals(403, verify.status());
        Reply invite = api.post("/api/v1/organisations/" + other + "/invitations", operator1,
                "{\"email\":\"intruder@example.org\"}");
        assertEquals(403, invite.status());
    }

    @Test
    void callsWithoutAValidTokenAreUnauthorized() {
        Reply anonymous = api.get("/api/v1/me", null);
        assertEquals(401, anonymous.status());
        assertEquals("error.unauthorized", anonymous.json().getString("code"));
        assertTrue(anonymous.contentType().startsWith("application/json"));

        assertEquals(401, api.get("/api/v1/me", "sfd_not-a-real-token").status());

        String token = api.token("buyer1", Api.DEMO_PASSWORD);
        Reply tokens = api.get("/api/v1/tokens", token);
        long id = tokens.array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.isNull("revokedAt")).mapToLong(t -> t.getJsonNumber("id").longValue()).max()
                .orElseThrow();
        assertTrue(tokens.array().stream().map(JsonValue::asJsonObject)
                .anyMatch(t -> t.getJsonNumber("id").longValue() == id && !t.isNull("lastUsedAt")),
                "the token's use is recorded: " + tokens.body());
        // the same token in concurrent requests: none fails on the record of its use
        List<java.util.concurrent.CompletableFuture<Integer>> parallel = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> api.get("/api/v1/me", token).status())).toList();
        assertEquals(List.of(200), parallel.stream().map(java.util.concurrent.CompletableFuture::join).distinct()
                .toList());
        // one person's scripts creating tokens at once: each login waits for the other, none fails
        List<java.util.concurrent.CompletableFuture<Integer>> logins = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> api.post("/api/v1/tokens",
                        null, "{\"username\":\"buyer1\",\"password\":\"" + Api.DEMO_PASSWORD
                                + "\",\"name\":\"parallel " + i + "\"}").status())).toList();
        assertEquals(List.of(201), logins.stream().map(java.util.concurrent.CompletableFuture::join).distinct()
                .toList());
        assertEquals(204, api.delete("/api/v1/tokens/" + id, token).status());
        Reply revoked = api.get("/api/v1/me", token);
        assertEquals(401, revoked.status(), "a revoked token no longer works");
        assertEquals("error.token.invalid", revoked.json().getString("code"));
    }

    @Test
    void wrongCredentialsLookTheSameAsAnUnknownAccountAndRepeatedFailuresLockTheAccount() {
        String suffix = TestData.unique();
        Reply registered = api.post("/api/v1/registrations", null,
                operatorRegistration(suffix, "locked." + suffix + "@example.org").toString());
        assertEquals(202, registered.status(), registered.body());
        String username = "founder" + suffix;
        String token = api.token(username, "Quercia-verde-2026!");

        Reply unknown = tokenAttempt("nobody-" + suffix, "Whatever-password-1");
        Reply wrong = tokenAttempt(username, "Wrong-password-123");
        assertEquals(401, unknown.status());
        assertEquals(401, wrong.status());
        assertEquals(unknown.body(), wrong.body(), "the answer never tells whether the account exists");

        for (int i = 1; i < 5; i++) {
            assertEquals(401, tokenAttempt(username, "Wrong-password-123").status());
        }
        Reply locked = tokenAttempt(username, "Quercia-verde-2026!");
        assertEquals(401, locked.status(), "after five failures even the right password waits for the lock to end");
        assertEquals(unknown.body(), locked.body());
        Reply lockedToken = api.get("/api/v1/me", token);
        assertEquals(401, lockedToken.status(), "the lock stops the account's tokens at once");
        assertEquals("error.token.invalid", lockedToken.json().getString("code"));
    }

    @Test
    void badRegistrationIsAnsweredFieldByFieldInTheCallersLanguageAndSavesNothing() {
        String suffix = TestData.unique();
        JsonObject bad = Json.createObjectBuilder(operatorRegistration(suffix, "operator1@demo.sfide.localhost"))
                .add("taxCode", "12345678901")
                .add("organisationName", "x".repeat(201))
                .add("password", "password1234")
                .build();
        Reply reply = api.inLanguage("en").post("/api/v1/registrations", null, bad.toString());
        assertEquals(422, reply.status(), reply.body());
        JsonObject error = reply.json();
        assertEquals("error.validation", error.getString("code"));
        List<String> fields = error.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .map(f -> f.getString("field") + ":" + f.getString("code")).toList();
        assertEquals(List.of("organisationName:error.tooLong", "password:error.password.common",
                "taxCode:error.taxCode.italian"), fields.stream().sorted().toList(),
                "mistakes of the fields only: never whether the e-mail address (a demo account's) is known");
        assertTrue(error.getString("message").startsWith("Some fields"), "English on request");

        Reply italian = api.post("/api/v1/registrations", null, bad.toString());
        assertTrue(italian.json().getString("message").startsWith("Alcuni campi"), "Italian by default");

        assertEquals(401, tokenAttempt("founder" + suffix, "password1234").status(), "no account was created");
        Reply fixed = api.post("/api/v1/registrations", null,
                operatorRegistration(suffix, "fixed." + suffix + "@example.org").toString());
        assertEquals(202, fixed.status(), fixed.body());
        api.token("founder" + suffix, "Quercia-verde-2026!"); // the same username and codes were still free
    }

    @Test
    void aRegistrationIsAnsweredAlikeWhetherTheAddressUsernameOrCodeIsKnownAndOnlyTheMailTells() throws Exception {
        String suffix = TestData.unique();
        String email = "first." + suffix + "@example.org";
        JsonObject first = operatorRegistration(suffix, email);
        Reply created = api.post("/api/v1/registrations", null, first.toString());
        assertEquals(202, created.status(), created.body());
        api.token("founder" + suffix, "Quercia-verde-2026!");

        String other = TestData.unique();
        Reply knownEmail = api.post("/api/v1/registrations", null, operatorRegistration(other, email).toString());
        String third = TestData.unique();
        Reply knownUsername = api.post("/api/v1/registrations", null, Json.createObjectBuilder(
                operatorRegistration(third, "third." + third + "@example.org")).add("username", "founder" + suffix)
                .build().toString());
        String fourth = TestData.unique();
        Reply knownTaxCode = api.post("/api/v1/registrations", null, Json.createObjectBuilder(
                operatorRegistration(fourth, "fourth." + fourth + "@example.org"))
                .add("taxCode", first.getString("taxCode")).build().toString());
        for (Reply reply : List.of(knownEmail, knownUsername, knownTaxCode)) {
            assertEquals(created.status(), reply.status(), reply.body());
            assertEquals(created.body(), reply.body(), "byte for byte the answer of a registration made");
        }
        assertTrue(created.json().getString("message").contains("e-mail"), created.body());

        assertMailTo(email, "Tentativo di registrazione");
        assertMailTo("third." + third + "@example.org", "Registrazione non completata");
        assertTrue(assertMailTo("fourth." + fourth + "@example.org", "Registrazione non completata").getContent()
                .toString().contains("codice fiscale"), "the mail says why");
        for (String username : List.of("founder" + other, "founder" + fourth)) {
            assertEquals(401, tokenAttempt(username, "Quercia-verde-2026!").status(), "nothing was created");
        }
    }

    @Test
    void registrationsWithOneAddressAreThrottledWithRetryAfter() {
        String email = "often." + TestData.unique() + "@example.org";
        for (int i = 0; i < 3; i++) {
            Reply reply = api.post("/api/v1/registrations", null,
                    operatorRegistration(TestData.unique(), email).toString());
            assertEquals(202, reply.status(), reply.body());
        }
        Reply throttled = api.inLanguage("en").post("/api/v1/registrations", null,
                operatorRegistration(TestData.unique(), email).toString());
        assertEquals(429, throttled.status(), throttled.body());
        assertEquals("error.registration.tooMany", throttled.json().getString("code"));
        assertTrue(throttled.json().getString("message").startsWith("Too many registration requests"));
        long retryAfter = Long.parseLong(throttled.retryAfter());
        assertTrue(retryAfter > 3500 && retryAfter <= 3601, "an hour after the first attempt: " + retryAfter);
    }

    @Test
    void aRejectedOrganisationsMembersGetNoTokenAndTheirTokensStopAtOnce() throws Exception {
        String suffix = TestData.unique();
        Reply registered = api.post("/api/v1/registrations", null,
                operatorRegistration(suffix, "rejected." + suffix + "@example.org").toString());
        assertEquals(202, registered.status(), registered.body());
        String token = api.token("founder" + suffix, "Quercia-verde-2026!");
        long organisationId = api.organisationOf(token);
        Reply rejected = api.post("/api/v1/admin/organisations/" + organisationId + "/rejection",
                api.token("admin", Api.DEMO_PASSWORD), "{\"reason\":\"Dati non verificabili\"}");
        assertEquals(200, rejected.status(), rejected.body());

        assertEquals(401, api.get("/api/v1/me", token).status(), "the token stops at once");
        Reply refused = api.inLanguage("en").post("/api/v1/tokens", null, Json.createObjectBuilder()
                .add("username", "founder" + suffix).add("password", "Quercia-verde-2026!").build().toString());
        assertEquals(401, refused.status(), refused.body());
        assertEquals("error.login.organisationRejected", refused.json().getString("code"));
        assertTrue(refused.json().getString("message").contains("not accepted"), refused.body());
        Reply wrongPassword = tokenAttempt("founder" + suffix, "Wrong-password-123");
        assertEquals("error.login.failed", wrongPassword.json().getString("code"),
                "only the right password learns why");
    }

    @Test
    void aTokenTellsWhenItExpiresThirtyDaysAfterItsCreation() {
        Reply created = api.post("/api/v1/tokens", null, Json.createObjectBuilder().add("username", "evaluator2")
                .add("password", Api.DEMO_PASSWORD).add("name", "lifetime").build().toString());
        assertEquals(201, created.status(), created.body());
        Instant expires = Instant.parse(created.json().getString("expiresAt"));
        Duration lifetime = Duration.between(Instant.now(), expires);
        assertTrue(lifetime.compareTo(Duration.ofDays(30).minusMinutes(5)) > 0
                && lifetime.compareTo(Duration.ofDays(30)) <= 0, "SFIDE_TOKEN_DAYS, 30 by default: " + expires);
        long id = created.json().getJsonNumber("id").longValue();
        JsonObject listed = api.get("/api/v1/tokens", created.json().getString("token")).array().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow();
        assertEquals(expires, Instant.parse(listed.getString("expiresAt")));
        assertTrue(listed.getBoolean("active"));
    }

    @Test
    void malformedRequestsGetClearClientErrorsNotServerErrors() {
        Reply notJson = api.post("/api/v1/registrations", null, "{not json");
        assertEquals(400, notJson.status(), notJson.body());
        assertEquals("error.badRequest", notJson.json().getString("code"));
        Reply unknownPath = api.get("/api/v1/nothing-here", null);
        assertEquals(404, unknownPath.status());
        assertEquals("error.notFound", unknownPath.json().getString("code"));
        Reply badId = api.get("/api/v1/organisations/abc", api.token("operator3", Api.DEMO_PASSWORD));
        assertEquals(404, badId.status(), badId.body());
    }

    @Test
    void managerInvitesAColleagueByEmailWhoJoinsWithTheLink() throws Exception {
        String manager = api.token("operator3", Api.DEMO_PASSWORD);
        long organisationId = api.get("/api/v1/me", manager).json().getJsonObject("organisation")
                .getJsonNumber("id").longValue();
        String suffix = TestData.unique();
        String email = "colleague." + suffix + "@example.org";
        Reply invited = api.post("/api/v1/organisations/" + organisationId + "/invitations", manager,
                Json.createObjectBuilder().add("email", email).build().toString());
        assertEquals(201, invited.status(), invited.body());
        Instant expires = Instant.parse(invited.json().getString("expiresAt"));
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofDays(6))), "valid for a week: " + expires);

        MimeMessage mail = assertMailTo(email, "Dati & Territorio");
        Matcher link = Pattern.compile("/invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(mail));
        assertTrue(link.find(), "the mail carries the link");
        String token = link.group(1);

        JsonObject invitation = api.get("/api/v1/invitations/" + token, null).json();
        assertEquals("Dati & Territorio S.p.A.", invitation.getString("organisationName"));
        JsonObject member = Json.createObjectBuilder().add("fullName", "Collega " + suffix)
                .add("username", "colleague" + suffix).add("password", "Faggio-rosso-2026!").add("locale", "en")
                .build();
        Reply joined = api.post("/api/v1/invitations/" + token + "/acceptance", null, member.toString());
        assertEquals(201, joined.status(), joined.body());

        JsonObject me = api.get("/api/v1/me", api.token("colleague" + suffix, "Faggio-rosso-2026!")).json();
        assertEquals(organisationId, me.getJsonObject("organisation").getJsonNumber("id").longValue());
        assertEquals("OPERATOR", me.getString("role"));
        assertFalse(me.getBoolean("organisationManager"));
        Reply again = api.post("/api/v1/invitations/" + token + "/acceptance", null, member.toString());
        assertEquals(409, again.status(), "an invitation is used once");
        assertEquals(404, api.get("/api/v1/invitations/not-a-token", null).status());
    }

    @Test
    void everyDemoAccountLogsIn() {
        for (String username : List.of("admin", "buyer1", "buyer2", "buyer3", "operator1", "operator2", "operator3",
                "operator4", "evaluator1", "evaluator2", "evaluator3", "evaluator4")) {
            JsonObject me = api.get("/api/v1/me", api.token(username, Api.DEMO_PASSWORD)).json();
            assertEquals(username, me.getString("username"));
        }
    }

    @Test
    void demoOutboxHoldsAnInvitationTheAdminCanRead() {
        Reply outbox = api.get("/api/v1/admin/outbox?max=200&recipient=nuovo.collega@regione.lombardia.example", api.token("admin", Api.DEMO_PASSWORD));
        assertEquals(200, outbox.status());
        assertTrue(outbox.array().stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getString("recipient").equals("nuovo.collega@regione.lombardia.example")
                        && m.getString("body").contains("/invitation.xhtml?token=")),
                "the demo invitation, with its link, is in the outbox");
    }

    @Test
    void adminReadsTheAuditLogAndChecksTheChainWhichOthersCannot() {
        String operator = api.token("operator1", Api.DEMO_PASSWORD);
        assertEquals(401, tokenAttempt("operator1", "Wrong-password-123").status());
        String admin = api.token("admin", Api.DEMO_PASSWORD);

        Reply logins = api.get("/api/v1/audit?actor=operator1&action=login", admin);
        assertEquals(200, logins.status(), logins.body());
        List<String> outcomes = logins.array().stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("outcome")).toList();
        assertTrue(outcomes.contains("DONE") && outcomes.contains("REFUSED"), outcomes.toString());
        assertTrue(logins.body().contains("\"organisationId\""));

        Reply check = api.get("/api/v1/audit/verify", admin);
        assertEquals(200, check.status(), check.body());
        assertTrue(check.json().getBoolean("intact"), check.body());
        assertTrue(check.json().getJsonNumber("checked").longValue() > 0);

        assertEquals(403, api.get("/api/v1/audit/verify", operator).status());
        assertEquals(403, api.get("/api/v1/audit", operator).status());
        assertEquals(400, api.get("/api/v1/audit?from=yesterday", admin).status());
    }

    @Test
    void healthOpenApiAndMetricsAnswer() {
        Reply ready = api.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"database\""), "readiness includes the database: " + ready.body());
        Reply openapi = api.getAny("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/me"), "the API is described");
        assertEquals(200, api.getAny("/metrics").status());
    }

    @Test
    void refusalsByTheContainersRoleChecksAreAuditedAsRefused() {
        String buyer = api.token("buyer1", Api.DEMO_PASSWORD);
        long own = api.get("/api/v1/me", buyer).json().getJsonObject("organisation").getJsonNumber("id").longValue();
        String operator = api.token("operator1", Api.DEMO_PASSWORD);
        assertEquals(403, api.post("/api/v1/admin/organisations/" + own + "/verification", buyer, "").status());
        assertEquals(403, api.get("/api/v1/admin/outbox", operator).status());
        assertEquals(401, api.get("/api/v1/admin/outbox", null).status());

        String admin = api.token("admin", Api.DEMO_PASSWORD);
        assertRefusal(admin, "buyer1", "POST /api/v1/admin/organisations/" + own + "/verification");
        assertRefusal(admin, "operator1", "GET /api/v1/admin/outbox");
        assertRefusal(admin, "anonymous", "GET /api/v1/admin/outbox");
        assertTrue(api.get("/api/v1/audit/verify", admin).json().getBoolean("intact"), "the chain stays intact");
    }

    /** The newest refusal of the actor's is the request, recorded with its organisation as a REFUSED act. */
    private void assertRefusal(String admin, String actor, String request) {
        Reply refusals = api.get("/api/v1/audit?actor=" + actor + "&action=access.refused&outcome=REFUSED&max=5",
                admin);
        assertEquals(200, refusals.status(), refusals.body());
        assertTrue(refusals.array().stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getString("details", "").startsWith(request) && r.getString("targetType").equals("api")
                        && (actor.equals("anonymous") || r.containsKey("organisationId")
                                && !r.isNull("organisationId"))),
                request + " by " + actor + " in " + refusals.body());
    }

    @Test
    void responsesCarryTheSecurityHeadersAndNameNoServerVersion() {
        var page = api.exchange("GET", "/challenges/index.xhtml", null, null);
        assertEquals(200, page.statusCode());
        var json = api.exchange("GET", "/api/v1/challenges", null, null);
        for (var response : List.of(page, json, api.exchange("GET", "/no-such-page", null, null))) {
            var headers = response.headers();
            assertTrue(headers.firstValue("Server").isEmpty(), "no Server header: " + headers.map());
            assertTrue(headers.firstValue("X-Powered-By").isEmpty(), "no X-Powered-By: " + headers.map());
            assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
        }
        // a page: one policy, its scripts allowed by origin and by the nonce of this response, nothing inline or eval'd
        String csp = onePolicy(page);
        for (String directive : List.of("default-src 'self'", "img-src 'self' data:", "connect-src 'self'",
                "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'", "object-src 'none'")) {
            assertTrue(Arrays.stream(csp.split(";")).map(String::trim).anyMatch(directive::equals), directive + ": " + csp);
        }
        Matcher scripts = Pattern.compile("(?:^|;)\\s*script-src 'self' 'nonce-([A-Za-z0-9+/]{40,}={0,2})'\\s*(?:;|$)")
                .matcher(csp);
        assertTrue(scripts.find(), "script-src is the origin and a nonce only: " + csp);
        assertFalse(csp.contains("unsafe-eval") || csp.contains("strict-dynamic") || csp.contains("script-src-")
                || csp.indexOf("script-src") != csp.lastIndexOf("script-src"), csp);
        String nonce = scripts.group(1);
        assertTrue(page.body().contains("<script nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        assertFalse(page.body().matches("(?s).*<script(?![^>]*nonce=)[^>]*>.*"), "no script without the nonce");
        assertFalse(page.body().matches("(?s).*<[a-z]+ [^>]*\\son[a-z]+=.*"), "no inline event handler");
        String again = onePolicy(api.exchange("GET", "/challenges/index.xhtml", null, null));
        assertFalse(again.contains(nonce), "a new nonce for every page: " + again);
        // an error page is a page too, rendered by the container apart from the request's own filters
        String notFound = onePolicy(api.exchange("GET", "/no-such-page", null, null));
        assertTrue(notFound.matches(".*script-src 'self' 'nonce-[^']+';?$"), notFound);
        // answers that are not pages allow nothing at all
        assertEquals("default-src 'none'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'", onePolicy(json));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());

        var proxied = api.exchange("GET", "/challenges/index.xhtml", null, null, "X-Forwarded-Proto", "https");
        assertEquals("max-age=31536000; includeSubDomains",
                proxied.headers().firstValue("Strict-Transport-Security").orElseThrow(), "HSTS behind HTTPS");
    }

    /** The one content security policy of a response (two would both be enforced). */
    private static String onePolicy(java.net.http.HttpResponse<String> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), response.uri() + ": " + policies);
        assertFalse(policies.get(0).contains(","), "not two policies in one header: " + policies);
        return policies.get(0);
    }

    @Test
    void aVisitorReadingThePortalAndSendingItsPublicFormsGetsNoSession() {
        long challenge = api.get("/api/v1/challenges", null).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonObject community = api.get("/api/v1/communities", null).array().getJsonObject(0);
        long communityId = community.getJsonNumber("id").longValue();
        long discussion = api.get("/api/v1/communities/" + communityId, null).json().getJsonArray("discussions")
                .getJsonObject(0).getJsonNumber("id").longValue();
        List<String> pages = List.of("/", "/index.xhtml", "/challenges/index.xhtml",
                "/challenges/index.xhtml?q=mobilit%C3%A0&sort=DEADLINE", "/challenges/index.xhtml?trl=42",
                "/challenges/view.xhtml?id=" + challenge, "/challenges/view.xhtml?id=987654321",
                "/communities/index.xhtml", "/communities/view.xhtml?id=" + communityId,
                "/communities/discussion.xhtml?id=" + discussion, "/verify.xhtml", "/verify.xhtml?p=nessuno",
                "/login.xhtml", "/register.xhtml", "/recovery.xhtml", "/reset.xhtml?token=not-a-link",
                "/invitation.xhtml?token=not-a-link", "/no-such-page.xhtml", "/account/profile.xhtml");
        for (String page : pages) {
            var response = api.exchange("GET", page, null, null);
            assertTrue(response.statusCode() < 500, page + " " + response.statusCode());
            // the first page keeps the language the browser asked for in a cookie of its own: a preference, no session
            assertEquals(List.of(), response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> !c.startsWith("sfide_lang=")).toList(), "no session for reading " + page);
        }
        // the visitor's forms are stateless pages: a wrong login and a registration refused answer with their
        // messages, and still no session is opened
        var login = sendForm(null, "/login.xhtml", "login=login&login%3Ausername=nessuno&login%3Apassword=x"
                + "&login%3Asubmit=");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains(it.sfide.platform.i18n.Texts.get(java.util.Locale.ITALIAN,
                "error.login.failed")), login.body());
        assertEquals(List.of(), login.headers().allValues("Set-Cookie"), "a refused login opens no session");
        // a form another site makes the browser send is refused (a login into the attacker's account, say)
        String form = "login=login&login%3Ausername=buyer2&login%3Apassword=" + Api.DEMO_PASSWORD
                + "&login%3Asubmit=&jakarta.faces.ViewState=stateless";
        for (String[] header : List.of(new String[] {"Origin", "https://evil.example"},
                new String[] {"Sec-Fetch-Site", "cross-site"}, new String[] {"Origin", "null"})) {
            var forged = api.exchange("POST", "/login.xhtml", null, form, "Content-Type",
                    "application/x-www-form-urlencoded", header[0], header[1]);
            assertEquals(403, forged.statusCode(), header[0] + ": " + header[1]);
            assertEquals(List.of(), forged.headers().allValues("Set-Cookie"), "not signed in");
        }
        var sameSite = api.exchange("POST", "/login.xhtml", null, form, "Content-Type",
                "application/x-www-form-urlencoded", "Origin", Api.BASE, "Sec-Fetch-Site", "same-origin");
        assertEquals(302, sameSite.statusCode(), "the portal's own form signs in");

        // the language is a cookie of its own, and the page it was chosen on comes back without the parameter
        var english = api.exchange("GET", "/challenges/view.xhtml?id=" + challenge + "&lang=en", null, null);
        assertEquals(302, english.statusCode());
        assertTrue(english.headers().firstValue("Location").orElseThrow()
                .endsWith("/challenges/view.xhtml?id=" + challenge), english.headers().map().toString());
        String language = english.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(language.startsWith("sfide_lang=en") && language.contains("HttpOnly")
                && language.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), language);
        assertEquals(1, english.headers().allValues("Set-Cookie").size(), "only the language cookie");
        var inEnglish = api.exchange("GET", "/challenges/view.xhtml?id=" + challenge, null, null, "Cookie",
                "sfide_lang=en");
        assertTrue(inEnglish.body().contains("<html lang=\"en\"") || inEnglish.body().contains("lang=\"en\""),
                "the page in English");
        assertEquals(List.of(), inEnglish.headers().allValues("Set-Cookie"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndTheApiAnswersOptionsWithoutWadl() {
        var login = sendForm(null, "/login.xhtml", "login=login&login%3Ausername=buyer2&login%3Apassword="
                + Api.DEMO_PASSWORD + "&login%3Asubmit=");
        assertEquals(302, login.statusCode(), "signed in: " + login.body());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("a session at login: " + login.headers()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "not Secure over plain HTTP: " + cookie);

        for (String path : List.of("/api/v1/challenges", "/api/v1/me", "/api/v1/application.wadl")) {
            var options = api.exchange("OPTIONS", path, null, null, "Accept", "*/*");
            assertTrue(options.statusCode() < 500, path + " " + options.statusCode());
            assertFalse(options.body().contains("wadl") || options.headers().firstValue("Content-Type").orElse("")
                    .contains("wadl"), "no WADL for " + path + ": " + options.body());
        }
        assertEquals(404, api.exchange("GET", "/api/v1/application.wadl", null, null, "Accept", "*/*").statusCode());
    }

    /** Sends the form of a page as a browser would: its view state and its action taken from the page. */
    private java.net.http.HttpResponse<String> sendForm(String cookie, String path, String fields) {
        var page = cookie == null ? api.exchange("GET", path, null, null)
                : api.exchange("GET", path, null, null, "Cookie", cookie);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(state.find(), "the form of " + path + " carries its view state");
        Matcher action = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        String target = action.find() ? action.group(1).replace("&amp;", "&") : path;
        String body = fields + "&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
        return cookie == null
                ? api.exchange("POST", target, null, body, "Content-Type", "application/x-www-form-urlencoded")
                : api.exchange("POST", target, null, body, "Content-Type", "application/x-www-form-urlencoded",
                        "Cookie", cookie);
    }

    private Reply tokenAttempt(String username, String password) {
        return api.post("/api/v1/tokens", null, Json.createObjectBuilder().add("username", username)
                .add("password", password).build().toString());
    }

    private static JsonObject operatorRegistration(String suffix, String email) {
        return TestData.operatorRegistration(suffix, email);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    private static MimeMessage assertMailTo(String address, String subjectPart) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<MimeMessage> found = mailsTo(address).stream()
                    .filter(m -> subject(m).contains(subjectPart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address + " about " + subjectPart);
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
