package it.sfide.identity;

import it.sfide.identity.boundary.Directory;
import it.sfide.identity.boundary.ExpertJoined;
import it.sfide.identity.boundary.Person;
import it.sfide.shared.Role;
import it.sfide.testing.Api;
import it.sfide.testing.Api.Reply;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import it.sfide.testing.probe.ExpertJoinedProbe;
import it.sfide.testing.probe.IdentityProbe;
import it.sfide.testing.probe.TestClock;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static it.sfide.testing.JsfForms.enc;
import static it.sfide.testing.JsfForms.get;
import static it.sfide.testing.JsfForms.signedIn;
import static it.sfide.testing.JsfForms.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the running Payara (the server's clock is the test's): an officer of a verified public body invites an
 * external expert by e-mail (read from the outbox); the expert registers through the link as an evaluator with no
 * organisation, once, before the link expires, or accepts signed in with the invited address; either way the
 * evaluation area hears {@link ExpertJoined}. Operators cannot invite. Also what the evaluation area asks of the
 * directory: the e-mail domains of organisations and the people an officer may choose (never a platform admin).
 */
@ExtendWith(ArquillianExtension.class)
class ExpertInvitationIT {

    private static final Pattern LINK = Pattern.compile("/expert\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Betulla-bianca-2026!";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(ExpertInvitationIT.class);
    }

    @Inject
    Directory directory;

    @Inject
    ExpertJoinedProbe joined;

    @Inject
    IdentityProbe identity;

    private final Api api = new Api();

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void anInvitedExpertRegistersOnceAsAnEvaluatorWithoutOrganisationAndSignsIn() {
        String suffix = TestData.unique();
        String email = "esperta." + suffix + "@ateneo.example.org";
        long id = invite("buyer1", email, "Prof.ssa Esperta " + suffix, "it", "Sfida mobilità " + suffix);

        String mail = mailsTo(email).get(0);
        assertTrue(mail.contains("Giulia Bianchi") && mail.contains("Regione Lombardia"), mail);
        assertTrue(mail.contains("Sfida mobilità " + suffix), "the context is in the mail: " + mail);
        String token = linkIn(mail);

        Reply described = api.get("/api/v1/expert-invitations/" + token, null);
        assertEquals(200, described.status(), described.body());
        JsonObject view = described.json();
        assertEquals(id, view.getJsonNumber("id").longValue());
        assertEquals(email, view.getString("email"));
        assertEquals("Sfida mobilità " + suffix, view.getString("context"));
        assertEquals("Giulia Bianchi", view.getString("inviterName"));
        assertFalse(view.getBoolean("signedIn"));

        Reply weak = register(token, "expert" + suffix, "password1234");
        assertEquals(422, weak.status(), "the registration's password policy: " + weak.body());
        Reply taken = register(token, "buyer2", PASSWORD);
        assertEquals(422, taken.status(), taken.body());
        assertTrue(taken.body().contains("error.username.taken"), "as for an invited member: " + taken.body());

        Reply done = register(token, "Expert" + suffix, PASSWORD);
        assertEquals(201, done.status(), done.body());
        long accountId = done.json().getJsonNumber("accountId").longValue();
        assertEquals("expert" + suffix, done.json().getString("username"));
        assertTrue(joined.heard().contains(new ExpertJoined(id, accountId)), "the committee hears of it");

        JsonObject me = api.get("/api/v1/me", api.token("expert" + suffix, PASSWORD)).json();
        assertEquals("EVALUATOR", me.getString("role"));
        assertTrue(!me.containsKey("organisation") || me.isNull("organisation"), me.toString());
        assertEquals(email, me.getString("email"));

        Reply again = register(token, "other" + suffix, PASSWORD);
        assertEquals(409, again.status(), "a link is used once: " + again.body());
        assertEquals("error.expertInvitation.used", again.json().getString("code"));
        assertEquals(409, api.get("/api/v1/expert-invitations/" + token, null).status());
        assertEquals(404, api.get("/api/v1/expert-invitations/not-a-token", null).status());
        assertEquals(1, joined.heard().stream().filter(e -> e.invitationId() == id).count());
    }

    @Test
    void anInvitationOpensUntilItsExpiryAndNotAtIt() {
        String suffix = TestData.unique();
        String email = "tardi." + suffix + "@example.org";
        invite("buyer3", email, "Esperto Tardivo", "en", null);
        String token = linkIn(mailsTo(email).get(0));
        Instant expires = Instant.parse(api.get("/api/v1/expert-invitations/" + token, null).json()
                .getString("expiresAt"));

        TestClock.set(expires.minusMillis(1));
        assertEquals(200, api.get("/api/v1/expert-invitations/" + token, null).status());
        TestClock.set(expires);
        Reply described = api.get("/api/v1/expert-invitations/" + token, null);
        assertEquals(409, described.status(), described.body());
        assertEquals("error.expertInvitation.expired", described.json().getString("code"));
        Reply refused = register(token, "late" + suffix, PASSWORD);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("error.expertInvitation.expired", refused.json().getString("code"));
        TestClock.reset();
        assertEquals(401, api.post("/api/v1/tokens", null, credentials("late" + suffix, PASSWORD)).status(),
                "no account was made");
    }

    @Test
    void onlyAnOfficerMayInviteAndABadAddressIsAFieldError() {
        String suffix = TestData.unique();
        String body = request("x." + suffix + "@example.org", "Nome", "it", null);
        Reply operator = api.post("/api/v1/expert-invitations", api.token("operator1", Api.DEMO_PASSWORD), body);
        assertEquals(403, operator.status(), operator.body());
        Reply evaluator = api.post("/api/v1/expert-invitations", api.token("evaluator1", Api.DEMO_PASSWORD), body);
        assertEquals(403, evaluator.status(), evaluator.body());
        assertEquals(401, api.post("/api/v1/expert-invitations", null, body).status());
        assertEquals(List.of(), mailsTo("x." + suffix + "@example.org"));

        Reply bad = api.inLanguage("en").post("/api/v1/expert-invitations", api.token("buyer1", Api.DEMO_PASSWORD),
                request("not-an-address", " ", "it", "x".repeat(501)));
        assertEquals(422, bad.status(), bad.body());
        List<String> fields = bad.json().getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .map(f -> f.getString("field") + ":" + f.getString("code")).toList();
        assertTrue(fields.containsAll(List.of("email:error.email.format", "fullName:error.required",
                "context:error.tooLong")), fields.toString());
        assertTrue(bad.body().contains("Invalid e-mail address"), "in the caller's language: " + bad.body());
    }

    @Test
    void aPersonWithAnAccountOfTheInvitedAddressAcceptsSignedInAndNobodyElseDoes() {
        String suffix = TestData.unique();
        String email = "socia." + suffix + "@example.org";
        assertEquals(202, api.post("/api/v1/registrations", null,
                TestData.operatorRegistration(suffix, email).toString()).status());
        String founder = api.token("founder" + suffix, TestData.PASSWORD);
        long founderId = api.get("/api/v1/me", founder).json().getJsonNumber("id").longValue();
        long id = invite("buyer1", email, "Fondatrice", "it", "Sfida " + suffix);
        String token = linkIn(mailsTo(email).stream().filter(m -> LINK.matcher(m).find()).findFirst().orElseThrow());

        Reply anonymous = register(token, "second" + suffix, PASSWORD);
        assertEquals(409, anonymous.status(), anonymous.body());
        assertEquals("error.expertInvitation.accountExists", anonymous.json().getString("code"));

        Reply other = api.post("/api/v1/expert-invitations/" + token + "/acceptance",
                api.token("operator1", Api.DEMO_PASSWORD), null);
        assertEquals(403, other.status(), other.body());
        assertEquals("error.expertInvitation.otherAddress", other.json().getString("code"));

        JsonObject view = api.get("/api/v1/expert-invitations/" + token, founder).json();
        assertTrue(view.getBoolean("signedInAsInvitee"), view.toString());
        Reply accepted = api.post("/api/v1/expert-invitations/" + token + "/acceptance", founder, null);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(founderId, accepted.json().getJsonNumber("accountId").longValue());
        assertTrue(joined.heard().contains(new ExpertJoined(id, founderId)));
        assertEquals("OPERATOR", api.get("/api/v1/me", founder).json().getString("role"), "their role stays");
        assertEquals(409, api.post("/api/v1/expert-invitations/" + token + "/acceptance", founder, null).status());
        var state = directory.expertInvitations(List.of(id)).get(0);
        assertEquals(founderId, state.accountId());
    }

    @Test
    void theExpertRegistersOnThePageWithoutASessionAndASignedInInviteeAcceptsWithOneButton() throws Exception {
        String suffix = TestData.unique();
        String email = "pagina." + suffix + "@example.org";
        invite("buyer1", email, "Esperto Pagina", "it", "Sfida pagina " + suffix);
        String token = linkIn(mailsTo(email).get(0));

        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = get(visitor, "/expert.xhtml?token=" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Sfida pagina " + suffix) && page.body().contains(email), page.body());
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no session for a visitor");
        HttpResponse<String> sent = submit(visitor, page.body(), "expert", "expert=expert"
                + "&expert%3AfullName=" + enc("Esperto Pagina") + "&expert%3Ausername=page" + suffix
                + "&expert%3Apassword=" + enc(PASSWORD) + "&expert%3Aconfirmation=" + enc(PASSWORD)
                + "&expert%3Alocale=it&expert%3Asubmit=");
        assertEquals(302, sent.statusCode(), sent.body());
        assertTrue(sent.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        assertEquals("EVALUATOR", api.get("/api/v1/me", api.token("page" + suffix, PASSWORD)).json()
                .getString("role"));

        String second = "firmata." + suffix + "@example.org";
        assertEquals(202, api.post("/api/v1/registrations", null,
                TestData.operatorRegistration("s" + suffix, second).toString()).status());
        invite("buyer1", second, "Operatrice", "it", null);
        String secondToken = linkIn(mailsTo(second).stream().filter(m -> LINK.matcher(m).find()).findFirst()
                .orElseThrow());
        HttpClient signedIn = signedIn("founders" + suffix, TestData.PASSWORD);
        HttpResponse<String> offer = get(signedIn, "/expert.xhtml?token=" + secondToken);
        assertEquals(200, offer.statusCode());
        assertTrue(offer.body().contains("id=\"accept\""), "one button: " + offer.body());
        HttpResponse<String> accepted = submit(signedIn, offer.body(), "accept", "accept=accept&accept%3Asubmit=");
        assertEquals(302, accepted.statusCode(), accepted.body());
        assertEquals(409, api.get("/api/v1/expert-invitations/" + secondToken, null).status(), "spent");
    }

    @Test
    void theDirectoryGivesTheEmailDomainsOfOrganisationsAndFindsPeopleButNeverAdmins() {
        String suffix = TestData.unique();
        String email = "dominio." + suffix + "@Dominio-" + suffix + ".example.org";
        assertEquals(202, api.post("/api/v1/registrations", null,
                TestData.operatorRegistration(suffix, email).toString()).status());
        String founder = api.token("founder" + suffix, TestData.PASSWORD);
        long organisation = api.organisationOf(founder);
        long lombardia = api.organisationOf(api.token("buyer1", Api.DEMO_PASSWORD));

        Map<Long, Set<String>> domains = directory.emailDomains(List.of(organisation, lombardia, -1L));
        assertEquals(Set.of(("dominio-" + suffix + ".example.org").toLowerCase()), domains.get(organisation));
        assertEquals(Set.of("demo.sfide.localhost"), domains.get(lombardia));
        assertFalse(domains.containsKey(-1L));

        identity.createAdmin("adm" + suffix, PASSWORD);
        assertEquals(List.of(), directory.searchPeople("adm" + suffix, 10), "never an admin");
        assertTrue(directory.searchPeople("Amministratore Sfide", 10).isEmpty());
        assertTrue(directory.searchPeople("Sara Conti", 10).isEmpty(), "not a member of an unverified organisation");

        List<Person> anna = directory.searchPeople("anna MORETTI", 10);
        assertEquals(1, anna.size(), anna.toString());
        assertEquals(Role.EVALUATOR, anna.get(0).role());
        assertNull(anna.get(0).organisationId());
        List<Person> byMail = directory.searchPeople("BUYER1@demo", 10);
        assertEquals(List.of("Giulia Bianchi"), byMail.stream().map(Person::fullName).toList());
        assertEquals(lombardia, byMail.get(0).organisationId());
        assertEquals(2, directory.searchPeople("evaluator", 2).size(), "at most max");
        assertTrue(directory.searchPeople("demo.sfide", 50).stream().noneMatch(p -> p.role() == Role.ADMIN));
        assertEquals(List.of(), directory.searchPeople("%", 50), "a wildcard is a plain character");

        Person giulia = byMail.get(0);
        List<Person> people = directory.people(List.of(giulia.accountId(), anna.get(0).accountId(), -5L));
        assertEquals(List.of("Anna Moretti", "Giulia Bianchi"), people.stream().map(Person::fullName).toList());
        assertEquals("Regione Lombardia", people.get(1).organisationName());
        assertEquals(Role.BUYER, people.get(1).role());
        assertEquals("buyer1@demo.sfide.localhost", people.get(1).email());
    }

    private long invite(String officer, String email, String fullName, String locale, String context) {
        Reply reply = api.post("/api/v1/expert-invitations", api.token(officer, Api.DEMO_PASSWORD),
                request(email, fullName, locale, context));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String request(String email, String fullName, String locale, String context) {
        var json = Json.createObjectBuilder().add("email", email).add("fullName", fullName).add("locale", locale);
        if (context != null) {
            json.add("context", context);
        }
        return json.build().toString();
    }

    private Reply register(String token, String username, String password) {
        return api.post("/api/v1/expert-invitations/" + token, null, Json.createObjectBuilder()
                .add("fullName", "Esperto " + username).add("username", username).add("password", password)
                .add("locale", "it").build().toString());
    }

    private static String credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).add("name", "t")
                .build().toString();
    }

    private static String linkIn(String mail) {
        Matcher link = LINK.matcher(mail);
        assertTrue(link.find(), "a link to the expert page: " + mail);
        return link.group(1);
    }

    /** The bodies of the mails in the outbox to this address, newest first. */
    private List<String> mailsTo(String email) {
        Reply outbox = api.get("/api/v1/admin/outbox?max=50&recipient=" + enc(email),
                api.token("admin", Api.DEMO_PASSWORD));
        assertEquals(200, outbox.status(), outbox.body());
        return outbox.array().stream().map(JsonValue::asJsonObject).map(m -> m.getString("body")).toList();
    }
}
