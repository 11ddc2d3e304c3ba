package it.sfide.reuse;

import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.sfide.evaluation.AwardFixture;
import it.sfide.platform.i18n.Texts;
import it.sfide.proposal.Drafts;
import it.sfide.reuse.control.PublicCodeSchema;
import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import tools.jackson.databind.JsonNode;

/**
 * The reuse catalogue through the API and in the browser. The demo's entry (Regione Lombardia's bridge-monitoring
 * solution, built by Politecnico di Milano; Comune di Milano interested and using it): found by words in either
 * language and by every filter, read by anyone, its publiccode.yml valid against the standard's schema, the
 * interest read by the owner only. A fresh award carried to a completed contract: refused in the catalogue while
 * the contract is open, refused field by field in Italian, published by an officer of the body (once), edited by the
 * owner only, another body's interest e-mailed to the owner's officers and its adoption shown to everyone. The
 * catalogue, an entry and the publishing form checked by axe-core and at 390 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReuseIT {

    private static final Locale IT = Locale.ITALIAN;
    private static final String DEMO = "Ponti Digitali";
    private static final String NOWHERE = "/api/v1/catalogue/987654321";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    @Test
    void theDemoSolutionIsFoundByWordsAndFiltersReadByAnyoneAndDescribedByAValidPubliccodeYml() throws Exception {
        String buyer1 = api.token("buyer1", Api.DEMO_PASSWORD);
        String buyer3 = api.token("buyer3", Api.DEMO_PASSWORD);
        long lombardia = api.organisationOf(buyer1);
        long milano = api.organisationOf(buyer3);
        long id = demoEntry();

        // words in Italian and English, names of the bodies, prefixes; every filter, both ways
        for (String q : List.of("gemello", "digital twin", "fibra ottica", "politecnico", "Lombardia", "pont")) {
            assertTrue(found(search("q=" + q.replace(" ", "+")), id), q);
        }
        assertFalse(found(search("q=ponti+" + TestData.unique()), id), "every word must match");
        assertTrue(found(search("licence=EUPL-1.2"), id));
        assertFalse(found(search("licence=0BSD"), id));
        assertTrue(found(search("body=" + lombardia), id));
        assertFalse(found(search("body=" + milano), id));
        assertTrue(found(search("region=LOMBARDIA"), id));
        assertFalse(found(search("region=LAZIO"), id));
        assertTrue(found(search("theme=mobility"), id));
        assertFalse(found(search("theme=health"), id));
        assertTrue(found(search("q=ponti&licence=EUPL-1.2&body=" + lombardia + "&region=LOMBARDIA&theme=smart-city"),
                id));
        JsonObject page = expect(200, api.get("/api/v1/catalogue?size=1", null)).json();
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(page.getJsonNumber("total").longValue() >= 1);
        JsonObject wrong = expect(422, api.get("/api/v1/catalogue?licence=GPL-3.0&region=ATLANTIDE&page=uno", null))
                .json();
        assertEquals(Map.of("licence", "error.parameter", "region", "error.parameter", "page", "error.parameter"),
                fields(wrong));
        assertEquals(Texts.get(IT, "error.parameter", "licence"), message(wrong, "licence"), "in Italian");

        // the entry, for anyone: the solution, who owns and built it, where it is in use
        JsonObject entry = expect(200, api.get("/api/v1/catalogue/" + id, null)).json();
        assertEquals("Regione Lombardia", entry.getString("bodyName"));
        assertEquals("Politecnico di Milano", entry.getString("operatorName"));
        assertEquals("EUPL-1.2", entry.getString("licence"));
        assertTrue(entry.getString("repositoryUrl").startsWith("https://"));
        assertEquals("Monitoraggio strutturale dei ponti provinciali", entry.getString("challengeTitleIt"));
        JsonObject adoption = entry.getJsonArray("adoptions").getJsonObject(0);
        assertEquals("Comune di Milano", adoption.getString("bodyName"));
        assertTrue(adoption.getString("whereInUse").contains("Naviglio"), adoption.toString());
        assertFalse(entry.getJsonObject("caller").getBoolean("owner"));

        // its publiccode.yml: valid against the standard's schema, the owner and the adopter in usedBy
        Api.Reply yaml = expect(200, api.get(entry.getString("publiccodePath"), null, "application/yaml"));
        assertTrue(yaml.contentType().startsWith("application/yaml"), yaml.contentType());
        byte[] file = yaml.body().getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), PublicCodeSchema.problems(file));
        JsonNode doc = PublicCodeSchema.read(file);
        assertEquals("0.4", doc.get("publiccodeYmlVersion").asString());
        assertEquals(DEMO, doc.get("name").asString());
        assertEquals(entry.getString("repositoryUrl"), doc.get("url").asString());
        assertEquals("EUPL-1.2", doc.at("/legal/license").asString());
        assertEquals("r_lombar", doc.at("/it/riuso/codiceIPA").asString());
        assertEquals("Politecnico di Milano", doc.at("/maintenance/contractors/0/name").asString());
        List<String> usedBy = new ArrayList<>();
        doc.get("usedBy").forEach(n -> usedBy.add(n.asString()));
        assertEquals(List.of("Regione Lombardia", "Comune di Milano"), usedBy);
        assertTrue(doc.at("/description/en/longDescription").asString().contains("digital twin"));

        // who is interested: the owner's officers only; any other answer is that of an entry that does not exist
        JsonArray interested = expect(200, api.get("/api/v1/catalogue/" + id + "/interest", buyer1)).array();
        JsonObject galli = interested.stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("fullName").equals("Alessandro Galli")).findFirst().orElseThrow();
        assertEquals("Comune di Milano", galli.getString("bodyName"));
        assertEquals("buyer4@demo.sfide.localhost", galli.getString("email"));
        assertTrue(galli.getString("message").contains("Naviglio"));
        String missing = expect(404, api.get(NOWHERE + "/interest", buyer3)).body();
        assertEquals(missing, expect(404, api.get("/api/v1/catalogue/" + id + "/interest", buyer3)).body());
        expect(401, api.get("/api/v1/catalogue/" + id + "/interest", null));
        expect(403, api.get("/api/v1/catalogue/" + id + "/interest", api.token("operator2", Api.DEMO_PASSWORD)));

        // interest: not twice, not by the owner, not anonymously; the entry is not another body's to edit
        assertCode("reuse.error.alreadyInterested", expect(409, api.post("/api/v1/catalogue/" + id + "/interest",
                buyer3, message("Ancora noi"))));
        assertCode("reuse.error.ownBody", expect(409, api.post("/api/v1/catalogue/" + id + "/interest", buyer1,
                message("Il nostro"))));
        expect(401, api.post("/api/v1/catalogue/" + id + "/interest", null, message("Chi sono?")));
        expect(401, api.post("/api/v1/catalogue/" + id + "/adoptions", null, "{}"));
        String edit = form(null, "Ponti rubati", "https://example.org/x").build().toString();
        assertEquals(expect(404, api.put(NOWHERE, buyer3, edit)).body(),
                expect(404, api.put("/api/v1/catalogue/" + id, buyer3, edit)).body());
        assertEquals(DEMO, expect(200, api.get("/api/v1/catalogue/" + id, null)).json().getString("name"));
    }

    @Test
    void anOfficerPublishesACompletedContractsSolutionAndAnotherBodyDeclaresInterestAndAdoptsIt() throws Exception {
        String buyer1 = api.token("buyer1", Api.DEMO_PASSWORD);
        String buyer3 = api.token("buyer3", Api.DEMO_PASSWORD);
        String operator2 = api.token("operator2", Api.DEMO_PASSWORD);
        long challenge = AwardFixture.award(api, new Drafts(api), List.of("operator2"), "operator2", 60000)
                .challengeId();
        long contract = expect(201, api.post("/api/v1/challenges/" + challenge + "/phases/1/contracts", buyer1, ""))
                .array().getJsonObject(0).getJsonNumber("id").longValue();
        String c = "/api/v1/contracts/" + contract;
        expect(200, api.post(c + "/issue", buyer1, ""));
        expect(200, api.post(c + "/signature", buyer1, password()));
        expect(200, api.post(c + "/signature", operator2, password()));
        String word = "pontile" + TestData.unique();
        String name = "Sentinella " + word;

        // not while the contract is open
        assertCode("reuse.error.notCompleted", expect(409, api.post("/api/v1/catalogue", buyer1,
                form(contract, name, "https://gitlab.com/lombardia/" + word).build().toString())));
        for (int n = 1; n <= 2; n++) {
            expect(201, api.multipart(c + "/milestones/" + n + "/deliverables", operator2, List.of(
                    Api.Part.field("report", "Consegna " + n), Api.Part.file("consegna.pdf", "application/pdf",
                            Drafts.pdf("Consegna " + n, 1)))));
            expect(200, api.post(c + "/milestones/" + n + "/acceptance", buyer1, ""));
        }
        expect(200, api.post(c + "/completion", buyer1, "{\"remarks\":\"Tutto consegnato.\"}"));

        // the publishing form from the completed contract's page: what is missing named on its field
        List<String> problems = new ArrayList<>();
        try (Browser officer = new Browser()) {
            officer.login("buyer1", Api.DEMO_PASSWORD);
            officer.open("/contracts/contract.xhtml?id=" + contract);
            assertTrue(officer.text(By.id("reuse")).contains(Texts.get(IT, "reuse.contract.intro")));
            officer.clickToNewPage(By.id("reuse-publish"));
            assertTrue(officer.driver().getCurrentUrl().contains("/catalogue/publish.xhtml?contract=" + contract));
            problems.addAll(officer.problems("publishing form"));
            officer.type(By.id("entry:repositoryUrl"), "http://gitlab.com/lombardia/" + word);
            officer.clickToNewPage(By.id("entry:save"));
            assertTrue(fieldText(officer, "entry:repositoryUrl").contains(Texts.get(IT, "reuse.error.https")),
                    officer.text(By.tagName("main")));
            assertTrue(fieldText(officer, "entry:categories").contains(Texts.get(IT, "error.required")));
            assertTrue(fieldText(officer, "entry:longEn").contains(Texts.get(IT, "error.required")));
            assertEquals("http://gitlab.com/lombardia/" + word, officer.driver()
                    .findElement(By.id("entry:repositoryUrl")).getAttribute("value"), "what was typed stays");
            problems.addAll(officer.problems("publishing form refused"));
        }

        // refused field by field, in Italian; only an officer of the body publishes, once
        JsonObject bad = expect(422, api.post("/api/v1/catalogue", buyer1, form(contract, name,
                "http://gitlab.com/lombardia/" + word).add("licence", "GPL-3.0").add("italian",
                        description("Troppo breve.", "Breve", List.of())).build().toString())).json();
        Map<String, String> refused = fields(bad);
        assertEquals("reuse.error.https", refused.get("repositoryUrl"));
        assertEquals("publiccode.error.licence", refused.get("licence"));
        assertEquals("publiccode.error.tooShort", refused.get("italian.longDescription"));
        assertEquals("error.required", refused.get("italian.features"));
        assertEquals(Texts.get(IT, "reuse.error.https"), message(bad, "repositoryUrl"));
        assertEquals(Texts.get(IT, "publiccode.error.tooShort", 150), message(bad, "italian.longDescription"));
        assertEquals(Map.of("contractId", "error.required"), fields(expect(422, api.post("/api/v1/catalogue", buyer1,
                form(null, name, "https://gitlab.com/x").build().toString())).json()));
        String good = form(contract, name, "https://gitlab.com/lombardia/" + word).build().toString();
        expect(403, api.post("/api/v1/catalogue", operator2, good));
        expect(404, api.post("/api/v1/catalogue", buyer3, good));
        expect(401, api.post("/api/v1/catalogue", null, good));
        Api.Reply created = expect(201, api.post("/api/v1/catalogue", buyer1, good));
        JsonObject entry = created.json();
        long id = entry.getJsonNumber("id").longValue();
        String e = "/api/v1/catalogue/" + id;
        assertTrue(entry.getJsonObject("caller").getBoolean("owner"));
        assertEquals("Politecnico di Milano", entry.getString("operatorName"));
        assertCode("reuse.error.alreadyPublished", expect(409, api.post("/api/v1/catalogue", buyer1, good)));
        assertTrue(found(search("q=" + word), id), "indexed");

        // the owner edits it; another body cannot, and changes nothing
        String edited = form(null, name, "https://gitlab.com/lombardia/" + word).add("licence", "MIT OR Apache-2.0")
                .build().toString();
        assertEquals("MIT OR Apache-2.0", expect(200, api.put(e, buyer1, edited)).json().getString("licence"));
        assertTrue(found(search("q=" + word + "&licence=Apache-2.0"), id), "an identifier within the expression");
        assertEquals(expect(404, api.put(NOWHERE, buyer3, good)).body(), expect(404, api.put(e, buyer3, good)).body());
        expect(403, api.put(e, operator2, good));
        assertEquals("MIT OR Apache-2.0", expect(200, api.get(e, null)).json().getString("licence"));

        // another body's interest: a message is needed; the owner's officers are e-mailed and read it
        assertEquals(Map.of("message", "reuse.error.messageRequired"), fields(expect(422, api.post(e + "/interest",
                buyer3, message(" "))).json()));
        String why = "Lo vorremmo per i ponti comunali " + word + ".";
        JsonObject interested = expect(201, api.post(e + "/interest", buyer3, message(why))).json();
        assertTrue(interested.getJsonObject("caller").getBoolean("interested"));
        assertFalse(interested.getJsonObject("caller").getBoolean("mayDeclareInterest"));
        JsonObject who = expect(200, api.get(e + "/interest", buyer1)).array().getJsonObject(0);
        assertEquals("Francesca Colombo", who.getString("fullName"));
        assertEquals("Comune di Milano", who.getString("bodyName"));
        assertEquals(why, who.getString("message"));
        for (String officer : List.of("buyer1", "buyer2")) {
            JsonObject mail = outbox(officer + "@demo.sfide.localhost", m -> m.getString("body").contains(why))
                    .orElseThrow(() -> new AssertionError("no mail to " + officer));
            assertEquals(Texts.get(IT, "mail.reuseInterest.subject", "", "", name), mail.getString("subject"));
            assertTrue(mail.getString("body").startsWith("Francesca Colombo di Comune di Milano"),
                    mail.getString("body"));
            assertTrue(mail.getString("body").contains("/catalogue/entry.xhtml?id=" + id), mail.getString("body"));
        }
        assertCode("reuse.error.ownBody", expect(409, api.post(e + "/interest", buyer1, message("Nostro"))));

        // the adoption: not in the future, then shown to anyone and in the publiccode.yml
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        assertEquals(Map.of("since", "reuse.error.sinceFuture", "url", "reuse.error.https"), fields(expect(422,
                api.post(e + "/adoptions", buyer3, adoption(today.plusDays(2), "Area Mobilità", "ftp://x"))).json()));
        assertCode("reuse.error.ownBody", expect(409, api.post(e + "/adoptions", buyer1,
                adoption(today, "Direzione Infrastrutture", null))));
        expect(201, api.post(e + "/adoptions", buyer3, adoption(today.minusDays(30), "Area Mobilità " + word,
                "https://ponti.comune.milano.example")));
        assertCode("reuse.error.alreadyAdopted", expect(409, api.post(e + "/adoptions", buyer3,
                adoption(today, "Di nuovo", null))));
        JsonObject inUse = expect(200, api.get(e, null)).json().getJsonArray("adoptions").getJsonObject(0);
        assertEquals("Comune di Milano", inUse.getString("bodyName"));
        assertEquals("Area Mobilità " + word, inUse.getString("whereInUse"));
        assertEquals(today.minusDays(30).toString(), inUse.getString("since"));
        byte[] file = api.bytes(e + "/publiccode.yml", null);
        assertEquals(List.of(), PublicCodeSchema.problems(file));
        JsonNode doc = PublicCodeSchema.read(file);
        assertEquals("Comune di Milano", doc.at("/usedBy/1").asString());
        assertEquals("MIT OR Apache-2.0", doc.at("/legal/license").asString());
        assertEquals(List.of(), problems, "WCAG 2.1 AA (axe-core) and 390 px without horizontal scrolling");
    }

    @Test
    void theCatalogueAndAnEntryReadWellForVisitorsOwnersAndOtherBodies() throws Exception {
        long id = demoEntry();
        List<String> problems = new ArrayList<>();
        try (Browser visitor = new Browser()) {
            visitor.open("/catalogue/");
            assertTrue(visitor.text(By.id("results")).contains(DEMO), visitor.text(By.tagName("main")));
            problems.addAll(visitor.problems("catalogue"));
            visitor.type(By.id("q"), "gemello digitale");
            visitor.clickToNewPage(By.id("search"));
            assertTrue(visitor.driver().getCurrentUrl().contains("q=gemello"), visitor.driver().getCurrentUrl());
            assertTrue(visitor.text(By.id("results")).contains(DEMO));
            visitor.driver().manage().window().setSize(new Dimension(1280, 1100));
            assertTrue(Files.size(visitor.screenshot("reuse-catalogue")) > 10_000);
            visitor.open("/catalogue/?region=ATLANTIDE");
            assertTrue(visitor.text(By.tagName("main")).contains(Texts.get(IT, "error.parameter", "region")),
                    visitor.text(By.tagName("main")));

            visitor.open("/catalogue/entry.xhtml?id=" + id);
            assertEquals(DEMO, visitor.text(By.id("name")));
            assertTrue(visitor.text(By.id("in-use")).contains("Comune di Milano"));
            assertTrue(visitor.text(By.id("login-to-act")).contains(Texts.get(IT, "reuse.entry.loginToAct")));
            assertTrue(visitor.driver().findElements(By.id("interests")).isEmpty(), "not for visitors");
            assertTrue(visitor.driver().findElement(By.id("publiccode")).getAttribute("href")
                    .endsWith("/api/v1/catalogue/" + id + "/publiccode.yml"));
            problems.addAll(visitor.problems("entry"));
            visitor.driver().manage().window().setSize(new Dimension(1280, 1600));
            assertTrue(Files.size(visitor.screenshot("reuse-entry")) > 10_000);
            visitor.open("/catalogue/publish.xhtml?id=" + id);
            assertTrue(visitor.driver().getCurrentUrl().contains("login"), "the form needs a buyer officer");
        }
        try (Browser owner = new Browser()) {
            owner.login("buyer1", Api.DEMO_PASSWORD);
            owner.open("/catalogue/entry.xhtml?id=" + id);
            assertTrue(owner.text(By.id("interests")).contains("Alessandro Galli"), owner.text(By.tagName("main")));
            assertFalse(owner.driver().findElements(By.id("edit")).isEmpty(), "the owner edits");
            problems.addAll(owner.problems("entry as its owner"));
            long contract = expect(200, api.get("/api/v1/catalogue/" + id, null)).json().getJsonNumber("contractId")
                    .longValue();
            owner.open("/contracts/contract.xhtml?id=" + contract);
            owner.clickToNewPage(By.id("reuse-entry"));
            assertEquals(DEMO, owner.text(By.id("name")));
        }
        try (Browser other = new Browser()) {
            other.login("buyer4", Api.DEMO_PASSWORD); // Comune di Milano, English
            other.open("/catalogue/entry.xhtml?id=" + id);
            assertTrue(other.text(By.id("interested")).contains(Texts.get(Locale.ENGLISH, "reuse.interest.already")));
            assertTrue(other.driver().findElements(By.id("interest:message")).isEmpty(), "declared already");
            assertTrue(other.driver().findElements(By.id("adoption:whereInUse")).isEmpty(), "adopted already");
            assertTrue(other.text(By.id("in-use-title")).contains(Texts.get(Locale.ENGLISH, "reuse.entry.inUse")));
            problems.addAll(other.problems("entry in English"));
            other.open("/catalogue/");
            problems.addAll(other.problems("catalogue in English"));
        }
        assertEquals(List.of(), problems, "WCAG 2.1 AA (axe-core) and 390 px without horizontal scrolling");
    }

    private long demoEntry() {
        return expect(200, api.get("/api/v1/catalogue?q=ponti+digitali&size=100", null)).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(i -> i.getString("name").equals(DEMO)).findFirst()
                .orElseThrow(() -> new AssertionError("the demo entry")).getJsonNumber("id").longValue();
    }

    private JsonObject search(String query) {
        return expect(200, api.get("/api/v1/catalogue?size=100&" + query, null)).json();
    }

    private static boolean found(JsonObject page, long id) {
        return page.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue()
                == id);
    }

    private java.util.Optional<JsonObject> outbox(String recipient, Predicate<JsonObject> which) {
        return expect(200, api.get("/api/v1/admin/outbox?max=200&recipient=" + recipient, api.token("admin",
                Api.DEMO_PASSWORD))).array().stream().map(JsonValue::asJsonObject).filter(which).findFirst();
    }

    private static String fieldText(Browser browser, String id) {
        return browser.text(By.xpath("//div[contains(@class,'field')][.//*[@id='" + id + "']]"));
    }

    /** A complete, valid entry (with the contract when publishing). */
    private static JsonObjectBuilder form(Long contract, String name, String repository) {
        JsonObjectBuilder f = Json.createObjectBuilder();
        if (contract != null) {
            f.add("contractId", contract);
        }
        return f.add("name", name).add("repositoryUrl", repository).add("licence", "EUPL-1.2")
                .add("softwareType", "standalone/web").add("developmentStatus", "stable")
                .add("categories", Json.createArrayBuilder().add("data-analytics"))
                .add("platforms", Json.createArrayBuilder().add("web"))
                .add("availableLanguages", Json.createArrayBuilder().add("it").add("en"))
                .add("releaseDate", LocalDate.now().toString()).add("maintenanceUntil",
                        LocalDate.now().plusYears(1).toString()).add("localisationReady", true)
                .add("italian", description("Sorveglianza dei ponti comunali con sensori a basso costo.",
                        "Una piattaforma che raccoglie le misure dei sensori installati sui ponti, le confronta con "
                                + "le soglie stabilite dai tecnici e avvisa il gestore della strada quando qualcosa "
                                + "cambia. Ogni ponte ha la sua scheda.", List.of("Misure continue", "Allarmi")))
                .add("english", description("Monitoring of municipal bridges with low-cost sensors.",
                        "A platform that collects the readings of the sensors installed on bridges, compares them "
                                + "with the thresholds set by engineers and alerts the road operator when something "
                                + "changes. Each bridge has its own record.", List.of("Continuous readings",
                                "Alerts")));
    }

    private static JsonObjectBuilder description(String shortText, String longText, List<String> features) {
        return Json.createObjectBuilder().add("shortDescription", shortText).add("longDescription", longText)
                .add("features", Json.createArrayBuilder(features));
    }

    private static String message(String text) {
        return Json.createObjectBuilder().add("message", text).build().toString();
    }

    private static String adoption(LocalDate since, String where, String url) {
        JsonObjectBuilder a = Json.createObjectBuilder().add("since", since.toString()).add("whereInUse", where);
        if (url != null) {
            a.add("url", url);
        }
        return a.build().toString();
    }

    private static String password() {
        return "{\"password\":\"" + Api.DEMO_PASSWORD + "\"}";
    }

    private static Map<String, String> fields(JsonObject error) {
        return error.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(f -> f.getString("field"), f -> f.getString("code"), (a, b) -> a));
    }

    private static String message(JsonObject error, String field) {
        return error.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("field").equals(field)).findFirst().orElseThrow().getString("message");
    }

    private static void assertCode(String code, Api.Reply reply) {
        assertEquals(code, reply.json().getString("code"), reply.body());
    }
}
