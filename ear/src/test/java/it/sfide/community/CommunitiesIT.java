package it.sfide.community;

import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.testing.HostileFiles;
import it.sfide.testing.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Communities through the API of the running portal: a body opens one and manages it; members discuss a challenge
 * and share a document anyone can download; the manager hides, locks and removes with a reason; outsiders and
 * ordinary members cannot moderate; the demo communities are there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommunitiesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    private String token(String user) {
        return api.token(user, Api.DEMO_PASSWORD);
    }

    private static Api.Reply expect(int status, Api.Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", got " + reply);
        }
        return reply;
    }

    @Test
    void membersDiscussAndShareDocumentsWhileTheManagerModeratesWithReasons() throws Exception {
        String buyer3 = token("buyer3");
        String operator1 = token("operator1");
        String operator2 = token("operator2");
        expect(403, api.post("/api/v1/communities", operator1, "{\"nameIt\":\"X\",\"nameEn\":\"X\"}"));
        expect(422, api.post("/api/v1/communities", buyer3, "{\"nameIt\":\"\",\"nameEn\":\"Only English\"}"));
        String name = "Comunità " + TestData.unique();
        JsonObject community = expect(201, api.post("/api/v1/communities", buyer3, Json.createObjectBuilder()
                .add("nameIt", name).add("nameEn", "Community").add("descriptionIt", "Descrizione")
                .add("theme", "energy").build().toString())).json();
        assertTrue(community.getBoolean("manager"));
        long id = community.getJsonNumber("id").longValue();
        long challenge = api.get("/api/v1/challenges?size=1", null).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();

        String discussion = Json.createObjectBuilder().add("title", "Reti energetiche di quartiere")
                .add("challengeId", challenge).add("body", "Chi ha esperienza di comunità energetiche?").build()
                .toString();
        expect(403, api.post("/api/v1/communities/" + id + "/discussions", operator1, discussion));   // not a member
        expect(200, api.put("/api/v1/communities/" + id + "/membership", operator1, ""));
        expect(200, api.put("/api/v1/communities/" + id + "/membership", operator2, ""));
        long d = expect(201, api.post("/api/v1/communities/" + id + "/discussions", operator1, discussion)).json()
                .getJsonNumber("id").longValue();

        byte[] sheet = "Scheda tecnica: pannelli e accumuli condivisi.".getBytes(StandardCharsets.UTF_8);
        Api.Reply badType = expect(422, api.post("/api/v1/communities/discussions/" + d + "/posts", operator2,
                post("Allego un eseguibile", "setup.exe", sheet)));
        assertTrue(badType.body().contains("pdf"), badType.body());
        JsonObject reply = expect(201, api.post("/api/v1/communities/discussions/" + d + "/posts", operator2,
                post("Noi sì: allego la scheda.", "scheda.txt", sheet))).json();
        long replyId = reply.getJsonNumber("id").longValue();
        long spam = expect(201, api.post("/api/v1/communities/discussions/" + d + "/posts", operator1,
                post("Visitate il nostro sito!", null, null))).json().getJsonNumber("id").longValue();

        JsonObject read = expect(200, api.get("/api/v1/communities/discussions/" + d, null)).json();
        assertEquals(3, read.getJsonArray("posts").size(), "anyone reads");
        assertFalse(read.getBoolean("canPost"));
        JsonObject shared = read.getJsonArray("posts").getJsonObject(1).getJsonObject("file");
        assertEquals("scheda.txt", shared.getString("fileName"));
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.BASE + shared.getString("downloadPath"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(sheet, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(api.get("/api/v1/communities/" + id, null).json().getJsonArray("discussions").getJsonObject(0)
                .getString("challengeTitle") != null, "tied to the challenge");

        String moderation = "{\"hidden\":true,\"reason\":\"Da verificare\"}";
        expect(403, api.post("/api/v1/communities/posts/" + spam + "/moderation", operator2, moderation));
        expect(204, api.post("/api/v1/communities/posts/" + spam + "/moderation", buyer3, moderation));
        assertEquals(2, api.get("/api/v1/communities/discussions/" + d, null).json().getJsonArray("posts").size(),
                "hidden from the public");
        assertEquals(3, api.get("/api/v1/communities/discussions/" + d, operator1).json().getJsonArray("posts")
                .size(), "but not from its author");
        expect(422, api.post("/api/v1/communities/posts/" + replyId + "/removal", buyer3, "{\"reason\":\"\"}"));
        expect(204, api.post("/api/v1/communities/posts/" + replyId + "/removal", buyer3,
                "{\"reason\":\"Dati personali nel documento\"}"));
        JsonObject removed = api.get("/api/v1/communities/discussions/" + d, null).json().getJsonArray("posts")
                .stream().map(JsonValue::asJsonObject).filter(p -> p.getJsonNumber("id").longValue() == replyId)
                .findFirst().orElseThrow();
        assertEquals("REMOVED", removed.getString("visibility"));
        assertTrue(removed.isNull("body") && removed.isNull("file"), "the content is gone");
        assertEquals("Dati personali nel documento", removed.getString("moderationReason"));
        expect(404, api.getAny(shared.getString("downloadPath")));

        expect(204, api.post("/api/v1/communities/discussions/" + d + "/moderation", buyer3, "{\"locked\":true}"));
        Api.Reply locked = expect(409, api.post("/api/v1/communities/discussions/" + d + "/posts", operator2,
                post("Ancora una cosa", null, null)));
        assertEquals("community.error.locked", locked.json().getString("code"));
        List<String> actions = api.get("/api/v1/audit?max=50", token("admin")).array().stream()
                .map(r -> r.asJsonObject().getString("action")).toList();
        assertTrue(actions.containsAll(List.of("community.post.hide", "community.post.remove",
                "community.discussion.lock")), "moderation is audited: " + actions);
    }

    @Test
    void membersOfPendingOrganisationsCannotCreateJoinDiscussOrPostAndTheRefusalIsAudited() {
        String suffix = TestData.unique();
        String body = Json.createObjectBuilder().add("kind", "PUBLIC_BODY")
                .add("organisationName", "Comune di Prova " + suffix).add("ipaCode", "c_" + suffix.toLowerCase())
                .add("taxCode", TestData.italianVatNumber()).add("pec", "protocollo." + suffix + "@pec.example.it")
                .add("region", "LOMBARDIA").add("fullName", "Funzionaria " + suffix).add("username", "body" + suffix)
                .add("email", "body." + suffix + "@example.org").add("password", "Castagno-dolce-2026!")
                .add("locale", "it").build().toString();
        expect(202, api.post("/api/v1/registrations", null, body));
        String pendingBody = api.token("body" + suffix, "Castagno-dolce-2026!");
        Api.Reply create = expect(403, api.post("/api/v1/communities", pendingBody, Json.createObjectBuilder()
                .add("nameIt", "Comunità di " + suffix).add("nameEn", "Community").build().toString()));
        assertEquals("error.organisation.notVerified", create.json().getString("code"));

        String operator4 = token("operator4"); // Laboratorio Aperto, awaiting verification in the demo
        JsonObject mobility = api.get("/api/v1/communities", null).array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("nameEn").equals("Sustainable mobility across territories")).findFirst()
                .orElseThrow();
        long id = mobility.getJsonNumber("id").longValue();
        long discussion = api.get("/api/v1/communities/" + id, null).json().getJsonArray("discussions")
                .getJsonObject(0).getJsonNumber("id").longValue();
        for (Api.Reply refused : List.of(
                api.put("/api/v1/communities/" + id + "/membership", operator4, ""),
                api.post("/api/v1/communities/" + id + "/discussions", operator4, Json.createObjectBuilder()
                        .add("title", "Pubblicità").add("body", "Visitate il nostro sito").build().toString()),
                api.post("/api/v1/communities/discussions/" + discussion + "/posts", operator4,
                        post("Visitate il nostro sito", null, null)))) {
            assertEquals(403, refused.status(), refused.body());
            assertEquals("error.organisation.notVerified", refused.json().getString("code"));
        }
        assertEquals(mobility.getInt("members"), api.get("/api/v1/communities/" + id, null).json()
                .getJsonObject("community").getInt("members"), "operator4 did not join");
        List<String> refusals = api.get("/api/v1/audit?actor=operator4&outcome=REFUSED&max=20", token("admin"))
                .array().stream().map(JsonValue::asJsonObject).map(r -> r.getString("action")).toList();
        assertTrue(refusals.containsAll(List.of("community.join", "community.discussion.start", "community.post")),
                refusals.toString());
    }

    @Test
    void theDemoCommunitiesShowADiscussionAboutAChallengeAndARemovedMessage() {
        List<JsonObject> list = api.get("/api/v1/communities", null).array().stream().map(JsonValue::asJsonObject)
                .toList();
        JsonObject mobility = list.stream().filter(c -> c.getString("nameEn").equals(
                "Sustainable mobility across territories")).findFirst().orElseThrow();
        assertEquals(4, mobility.getInt("members"));
        List<JsonObject> discussions = api.get("/api/v1/communities/" + mobility.getInt("id"), null).json()
                .getJsonArray("discussions").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(discussions.stream().anyMatch(d -> !d.isNull("challengeId")));
        long withRemoval = discussions.stream().filter(d -> d.isNull("challengeId")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject removed = api.get("/api/v1/communities/discussions/" + withRemoval, null).json()
                .getJsonArray("posts").getJsonObject(1);
        assertNull(removed.get("body") == JsonValue.NULL ? null : removed.getString("body"));
        assertTrue(removed.getString("moderationReason").startsWith("Messaggio pubblicitario"));
    }

    @Test
    void sharedDocumentsAreCheckedByContentAndHostileTextIsEchoedEscaped() throws Exception {
        String buyer3 = token("buyer3");
        String operator1 = token("operator1");
        long id = expect(201, api.post("/api/v1/communities", buyer3, Json.createObjectBuilder()
                .add("nameIt", "Ostile " + TestData.unique()).add("nameEn", "Hostile").add("theme", "energy").build()
                .toString())).json().getJsonNumber("id").longValue();
        expect(200, api.put("/api/v1/communities/" + id + "/membership", operator1, ""));
        String xss = String.join(" ", HostileFiles.XSS);
        long d = expect(201, api.post("/api/v1/communities/" + id + "/discussions", operator1, Json
                .createObjectBuilder().add("title", "Titolo " + xss).add("body", xss).build().toString())).json()
                .getJsonNumber("id").longValue();
        String posts = "/api/v1/communities/discussions/" + d + "/posts";
        refused("document.error.fileBomb", api.post(posts, operator1, post("bomba", "relazione.docx",
                HostileFiles.zipBomb(300))));
        refused("document.error.fileMismatch", api.post(posts, operator1, post("finto", "relazione.pdf",
                "non sono un PDF".getBytes(StandardCharsets.UTF_8))));
        refused("document.error.fileMismatch", api.post(posts, operator1, post("finto", "tabella.xlsx",
                HostileFiles.docx())));
        for (var active : HostileFiles.activePdfs().entrySet()) {
            refused("document.error.fileActive", api.post(posts, operator1, post("attivo", active.getKey(),
                    active.getValue())));
        }
        expect(201, api.post(posts, operator1, post(xss, "..\\..\\etc/pass\u0007wd.docx", HostileFiles.docx())));

        JsonObject read = expect(200, api.get("/api/v1/communities/discussions/" + d, null)).json();
        assertEquals(2, read.getJsonArray("posts").size(), "the refused posts left nothing");
        String stored = read.getJsonArray("posts").getJsonObject(1).getJsonObject("file").getString("fileName");
        assertTrue(stored.endsWith(".docx") && !stored.contains("/") && !stored.contains("\\")
                && stored.chars().noneMatch(Character::isISOControl), stored);
        assertEquals(xss, read.getJsonArray("posts").getJsonObject(1).getString("body"), "stored as text");
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE
                + "/communities/discussion.xhtml?id=" + d)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "echoed escaped");
        for (String attack : HostileFiles.XSS) {
            if (attack.contains("<")) {
                assertFalse(page.contains(attack), "never echoed raw: " + attack);
            }
        }
    }

    private static void refused(String code, Api.Reply reply) {
        assertEquals(422, reply.status(), reply.toString());
        assertEquals(code, reply.json().getString("code"), reply.toString());
        assertEquals("file", reply.json().getJsonArray("fields").getJsonObject(0).getString("field"));
    }

    private static String post(String body, String fileName, byte[] content) {
        var json = Json.createObjectBuilder().add("body", body);
        if (fileName != null) {
            json.add("attachment", Json.createObjectBuilder().add("fileName", fileName)
                    .add("base64", Base64.getEncoder().encodeToString(content)));
        }
        return json.build().toString();
    }
}
