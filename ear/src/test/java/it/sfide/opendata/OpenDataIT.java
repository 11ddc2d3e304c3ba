package it.sfide.opendata;

import it.sfide.challenge.Challenges;
import it.sfide.opendata.control.OcdsSchema;
import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open data as an outside client reads it from the running portal, on the configured database: every published
 * challenge of the demo (which holds processes at every stage: open, closed, awarded, in execution, completed,
 * cancelled) as OCDS release and record packages valid against the official 1.1 schemas, with unique ids; a change
 * of a process published as a new release with its tag; the paged list and the monthly bulk files; caching headers;
 * nothing private; errors in words.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    private String token(String user) {
        return api.token(user, Api.DEMO_PASSWORD);
    }

    @Test
    void everyPublishedChallengeOfTheDemoIsAValidOcdsProcessAtItsStage() {
        JsonObject catalogue = api.get("/api/v1/challenges?size=100", null).json();
        Set<String> tenderStatuses = new HashSet<>();
        Set<String> tags = new HashSet<>();
        Set<String> contractStatuses = new HashSet<>();
        boolean transactions = false;
        int processes = 0;
        for (JsonValue item : catalogue.getJsonArray("items")) {
            String ocid = item.asJsonObject().getString("ocid");
            Api.Reply releases = api.get("/api/v1/ocds/releases/" + ocid, null);
            assertEquals(200, releases.status(), ocid + ": " + releases.body());
            assertEquals(List.of(), OcdsSchema.releasePackageProblems(releases.body()), ocid);
            Api.Reply record = api.get("/api/v1/ocds/records/" + ocid, null);
            assertEquals(200, record.status(), record.body());
            assertEquals(List.of(), OcdsSchema.recordPackageProblems(record.body()), ocid);
            assertPublicOnly(releases.body());

            JsonObject compiled = record.json().getJsonArray("records").getJsonObject(0)
                    .getJsonObject("compiledRelease");
            assertEquals(ocid, compiled.getString("ocid"));
            tenderStatuses.add(compiled.getJsonObject("tender").getString("status"));
            releases.json().getJsonArray("releases").forEach(r -> r.asJsonObject().getJsonArray("tag")
                    .forEach(t -> tags.add(((jakarta.json.JsonString) t).getString())));
            if (compiled.containsKey("contracts")) {
                for (JsonValue k : compiled.getJsonArray("contracts")) {
                    contractStatuses.add(k.asJsonObject().getString("status"));
                    transactions |= k.asJsonObject().containsKey("implementation")
                            && k.asJsonObject().getJsonObject("implementation").containsKey("transactions");
                }
            }
            processes++;
        }
        assertTrue(processes >= 8, "the demo's processes: " + processes);
        assertTrue(tenderStatuses.containsAll(List.of("active", "complete", "cancelled")), tenderStatuses.toString());
        assertTrue(tags.containsAll(List.of("tender", "award", "contract", "implementation")), tags.toString());
        assertTrue(contractStatuses.containsAll(List.of("active", "terminated")), contractStatuses.toString());
        assertTrue(transactions, "payments as transactions");
    }

    @Test
    void aChangeOfTheProcessIsPublishedAsANewReleaseWithItsTag() {
        JsonObject challenge = new Challenges(api).published(Challenges.word(),
                Instant.now().plus(30, ChronoUnit.DAYS));
        long id = challenge.getJsonNumber("id").longValue();
        String ocid = challenge.getString("ocid");
        JsonObject first = api.get("/api/v1/ocds/releases/" + ocid, null).json();
        assertEquals(1, first.getJsonArray("releases").size(), "published: one release");
        JsonObject release = first.getJsonArray("releases").getJsonObject(0);
        assertEquals(List.of("tender"), tags(release));
        assertEquals(ocid + "-0001", release.getString("id"));
        assertEquals(1, api.get("/api/v1/ocds/releases/" + ocid, null).json().getJsonArray("releases").size(),
                "nothing changed: no new release");

        // a clarification published: an update of the tender, its question without its asker
        String path = "/api/v1/challenges/" + id + "/clarifications";
        long question = expect(201, api.post(path, token("operator1"), Json.createObjectBuilder()
                .add("question", "Sono Anna Verdi di Nuvola Civica: vale un prototipo già sperimentato?").build()
                .toString())).json().getJsonNumber("id").longValue();
        expect(200, api.post(path + "/" + question + "/answer", token("buyer1"), "{\"answer\":\"Sì.\"}"));
        expect(200, api.post(path + "/" + question + "/publication", token("buyer1"),
                "{\"wording\":\"Vale un prototipo già sperimentato?\"}"));
        Api.Reply after = api.get("/api/v1/ocds/releases/" + ocid, null);
        assertEquals(List.of(), OcdsSchema.releasePackageProblems(after.body()));
        JsonObject second = after.json().getJsonArray("releases").getJsonObject(1);
        assertEquals(List.of("tenderUpdate"), tags(second));
        assertEquals("Vale un prototipo già sperimentato?", second.getJsonObject("tender").getJsonArray("enquiries")
                .getJsonObject(0).getString("description"));
        assertFalse(after.body().contains("Anna Verdi") || after.body().contains("operator1"), "never the asker");
        assertFalse(Instant.parse(second.getString("date")).isBefore(Instant.parse(release.getString("date"))));

        // the record links both releases and compiles the latest state
        JsonObject record = api.get("/api/v1/ocds/records/" + ocid, null).json().getJsonArray("records")
                .getJsonObject(0);
        assertEquals(2, record.getJsonArray("releases").size());
        assertTrue(record.getJsonArray("releases").getJsonObject(1).getString("url").endsWith("#" + ocid + "-0002"));
        assertTrue(record.getJsonObject("compiledRelease").getJsonObject("tender").getBoolean("hasEnquiries"));
    }

    @Test
    void theListTheBulkFilesAndTheirCachingHeaders() {
        Api.Reply page = api.get("/api/v1/ocds/records?size=3", null);
        assertEquals(200, page.status(), page.body());
        assertEquals(List.of(), OcdsSchema.recordPackageProblems(page.body()));
        assertEquals(3, page.json().getJsonArray("records").size());
        String next = page.json().getJsonObject("links").getString("next");
        assertTrue(next.endsWith("/api/v1/ocds/records?size=3&page=2"), next);
        Api.Reply second = api.get("/api/v1/ocds/records?size=3&page=2", null);
        assertEquals(List.of(), OcdsSchema.recordPackageProblems(second.body()));
        assertFalse(second.json().getJsonArray("records").getJsonObject(0).getString("ocid")
                .equals(page.json().getJsonArray("records").getJsonObject(0).getString("ocid")));

        JsonObject index = api.get("/api/v1/ocds/bulk", null).json();
        assertEquals("https://creativecommons.org/licenses/by/4.0/", index.getString("license"));
        int total = 0;
        for (JsonValue f : index.getJsonArray("files")) {
            String url = f.asJsonObject().getString("url");
            Api.Reply month = api.get(url.substring(url.indexOf("/api/v1/")), null);
            assertEquals(200, month.status(), url);
            assertEquals(List.of(), OcdsSchema.releasePackageProblems(month.body()), url);
            assertEquals(f.asJsonObject().getInt("releases"), month.json().getJsonArray("releases").size());
            total += f.asJsonObject().getInt("releases");
        }
        assertTrue(total >= 8, "every release in a monthly file: " + total);

        // caching: an ETag, public for five minutes; asked again with it, 304 and no body
        HttpResponse<String> first = api.exchange("GET", "/api/v1/ocds/bulk", null, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("public, max-age=300", first.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> again = api.exchange("GET", "/api/v1/ocds/bulk", null, null, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());

        // errors in the reader's language, never a 500
        Api.Reply unknown = api.get("/api/v1/ocds/releases/ocds-nessuno-000000", null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("ocid"), unknown.body());
        assertEquals(422, api.get("/api/v1/ocds/bulk/2026-13.json", null).status(), "a field in error, as the API says");
        assertEquals(404, api.get("/api/v1/ocds/bulk/1999-01.json", null).status());
        assertEquals(404, api.get("/api/v1/ocds/records?page=999", null).status());
        Api.Reply english = new Api().inLanguage("en").get("/api/v1/ocds/bulk/2026-13.json", null);
        assertTrue(english.body().contains("YYYY-MM"), english.body());
    }

    @Test
    void csvFilesTheFeedAndTheOpenDataPage() {
        // a title a spreadsheet would run as a formula
        String word = Challenges.word();
        JsonObject challenge = new Challenges(api).published(Challenges.complete(word,
                Instant.now().plus(30, ChronoUnit.DAYS)).add("titleIt", "=1+2 sfida " + word));
        assertEquals(200, api.get("/api/v1/ocds/releases/" + challenge.getString("ocid"), null).status());

        HttpResponse<String> csv = api.exchange("GET", "/api/v1/open-data/challenges.csv", null, null,
                "Accept", "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("sfide-challenges.csv"));
        assertTrue(csv.body().startsWith("\uFEFFocid,cig,cup,title,"), "UTF-8 with BOM, then the header");
        String row = csv.body().lines().filter(l -> l.startsWith(challenge.getString("ocid"))).findFirst()
                .orElseThrow();
        assertTrue(row.contains(",'=1+2 sfida " + word + ","), "the formula neutralised: " + row);
        assertTrue(csv.body().lines().count() >= 10, "a row per process");
        String awards = api.getAny("/api/v1/open-data/awards.csv").body();
        assertTrue(awards.lines().count() >= 3 && awards.contains(",IT-"), "awarded organisations with codes: "
                + awards);
        String contracts = api.getAny("/api/v1/open-data/contracts.csv").body();
        assertTrue(contracts.contains(",terminated,") && contracts.contains(",active,"), contracts);
        assertFalse((awards + contracts + csv.body()).contains("@"), "no e-mail address");

        String feed = api.getAny("/api/v1/challenges/feed?lang=en").body();
        assertTrue(feed.contains("<category term=\"award\"") && feed.contains("Awarded"), feed);
        assertTrue(feed.contains("=1+2 sfida " + word) || feed.contains("Challenge " + word), "new challenges too");

        Api.Reply page = api.getAny("/open-data.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("CC BY 4.0") && page.body().contains("/api/v1/ocds/bulk/")
                && page.body().contains("awards.csv"), "the page lists every file and the licence");
    }

    private static List<String> tags(JsonObject release) {
        return release.getJsonArray("tag").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    /** Nothing personal beyond what the law publishes: no e-mail address, no account name. */
    private static void assertPublicOnly(String json) {
        assertFalse(json.matches("(?s).*[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}.*"), "no e-mail address");
        for (String account : List.of("buyer1", "operator1", "evaluator1", "admin")) {
            assertFalse(json.contains("\"" + account + "\""), account);
        }
    }
}
