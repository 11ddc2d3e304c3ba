package it.sfide.challenge;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.validation.IndependentValidators;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static it.sfide.challenge.Challenges.complete;
import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every transition of a challenge through the API of the running portal, with the refusals: wrong body, wrong
 * state, no second approver, missing content, amendments without a reason; the signed notice checked by EU DSS;
 * co-sponsors, followers and their e-mails; the deadline timer; a PCP's stage gates with criteria of their own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChallengeLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();
    private final Challenges challenges = new Challenges(api);
    private final Instant inAMonth = Instant.now().plus(Duration.ofDays(30));

    private String token(String user) {
        return api.token(user, Api.DEMO_PASSWORD);
    }

    @Test
    void anIncompleteDraftIsSavedWithItsOcidAndPublishingItSaysWhatIsMissing() {
        JsonObject draft = expect(201, api.post("/api/v1/challenges", token("buyer1"),
                Json.createObjectBuilder().add("type", "PCP").add("titleIt", "Bozza incompleta").build().toString()))
                .json();
        assertEquals("DRAFT", draft.getString("status"));
        assertTrue(draft.getString("ocid").matches("ocds-sfide0-[0-9a-f-]{36}"), draft.getString("ocid"));
        long id = draft.getJsonNumber("id").longValue();

        List<String> missing = api.get("/api/v1/challenges/" + id + "/missing", token("buyer1")).array().stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(missing.containsAll(List.of("titleEn", "summaryIt", "summaryEn", "need", "needEn", "budget",
                "phases", "criteria", "tieBreak")), missing.toString());
        assertFalse(missing.contains("titleIt"));

        Api.Reply refused = expect(422, api.post("/api/v1/challenges/" + id + "/publication-request",
                token("buyer1"), ""));
        assertTrue(refused.body().contains("3 fasi"), "a PCP needs three phases, said in Italian: " + refused.body());
        assertEquals("DRAFT", api.get("/api/v1/challenges/" + id, token("buyer1")).json().getString("status"));
    }

    @Test
    void publicationNeedsASecondOfficerOfTheBodyAndIssuesANoticeSealedByTheBody() throws Exception {
        long id = challenges.draft(complete(Challenges.word(), inAMonth));
        expect(409, api.post("/api/v1/challenges/" + id + "/approval", token("buyer2"), ""));   // nobody asked
        expect(200, api.post("/api/v1/challenges/" + id + "/publication-request", token("buyer1"), ""));
        Api.Reply self = expect(409, api.post("/api/v1/challenges/" + id + "/approval", token("buyer1"), ""));
        assertEquals("challenge.error.fourEyes", self.json().getString("code"));
        expect(404, api.post("/api/v1/challenges/" + id + "/approval", token("buyer3"), ""));   // another body
        // does not even learn that the draft exists
        expect(403, api.post("/api/v1/challenges/" + id + "/approval", token("operator1"), ""));

        JsonObject published = expect(200, api.post("/api/v1/challenges/" + id + "/approval", token("buyer2"), ""))
                .json();
        assertEquals("PUBLISHED", published.getString("status"));
        String protocol = published.getString("noticeProtocol");
        expect(409, api.post("/api/v1/challenges/" + id + "/approval", token("buyer2"), ""));   // already published
        expect(409, api.put("/api/v1/challenges/" + id, token("buyer1"), complete("x", inAMonth).build()
                .toString()));   // changes are now amendments

        JsonObject notice = api.get("/api/v1/documents?recordType=challenge&recordId=" + id, null).array()
                .getJsonObject(0);
        assertEquals(protocol, notice.getString("protocol"));
        assertEquals("PUBLIC", notice.getString("visibility"));
        byte[] pdf = bytes(notice.getString("downloadPath"));
        SimpleReport report = IndependentValidators.pades(pdf, root());
        assertEquals(1, report.getSignaturesCount());
        assertEquals(Indication.TOTAL_PASSED, report.getIndication(report.getFirstSignatureId()), report.toString());
        assertTrue(report.getSignedBy(report.getFirstSignatureId()).contains("Regione Lombardia"),
                "sealed with the body's own certificate: " + report.getSignedBy(report.getFirstSignatureId()));
        assertTrue(IndependentValidators.pdfA2b(pdf).compliant());
    }

    @Test
    void draftsAreHiddenFromEveryoneButTheirBodyWhilePublishedChallengesAreInTheCatalogue() {
        String word = Challenges.word();
        long draft = challenges.draft(complete(word, inAMonth));
        expect(404, api.get("/api/v1/challenges/" + draft, null));
        expect(404, api.get("/api/v1/challenges/" + draft, token("operator1")));
        expect(404, api.get("/api/v1/challenges/" + draft, token("buyer3")));
        expect(404, api.put("/api/v1/challenges/" + draft, token("buyer3"), complete(word, inAMonth).build()
                .toString()));
        assertEquals(0, api.get("/api/v1/challenges?q=" + word, null).json().getInt("total"));

        JsonObject published = challenges.published(word, inAMonth);
        long id = published.getJsonNumber("id").longValue();
        JsonObject anonymous = expect(200, api.get("/api/v1/challenges/" + id, null)).json();
        assertEquals("Regione Lombardia", anonymous.getString("buyerName"));
        assertTrue(anonymous.isNull("createdBy"), "who wrote it stays inside the body");
        expect(403, api.post("/api/v1/challenges/" + id + "/deadline", token("buyer3"), "{}"));

        JsonObject found = api.get("/api/v1/challenges?q=" + word + "%20mobilita", null).json();
        assertEquals(1, found.getInt("total"), "Italian words, accents folded: " + found);
        assertEquals(id, found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, api.get("/api/v1/challenges?q=" + word + "%20sustain",
                null).json().getInt("total"), "English word prefixes");
        assertEquals(1, api.get("/api/v1/challenges?q=" + word + "&type=challenge_prize&theme=smart-city"
                + "&region=LOMBARDIA&trl=5&budgetMin=200000&budgetMax=300000&status=PUBLISHED&deadlineFrom="
                + Instant.now() + "&deadlineTo=" + inAMonth.plusSeconds(60) + "&body=" + anonymous.getInt("buyerId"),
                null).json().getInt("total"));
        assertEquals(0, api.get("/api/v1/challenges?q=" + word + "&type=PCP", null).json().getInt("total"));
        assertEquals(0, api.get("/api/v1/challenges?q=" + word + "&trl=9", null).json().getInt("total"));
        assertEquals(0, api.get("/api/v1/challenges?q=" + word + "&theme=health", null).json().getInt("total"));

        Api.Reply bad = expect(422, api.get("/api/v1/challenges?type=SPACESHIP", null));
        assertEquals("type", bad.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(100, api.get("/api/v1/challenges?size=5000", null).json().getInt("size"));
    }

    @Test
    void deadlineChangesNeedAReasonReissueTheNoticeAndTellFollowers() {
        String word = Challenges.word();
        JsonObject published = challenges.published(word, inAMonth);
        long id = published.getJsonNumber("id").longValue();
        String operator = token("operator2");
        assertEquals(204, api.put("/api/v1/challenges/" + id + "/follow", operator, "").status());
        assertEquals(204, api.put("/api/v1/challenges/" + id + "/follow", operator, "").status(), "twice is once");

        Instant later = inAMonth.plus(Duration.ofDays(7));
        Api.Reply noReason = expect(422, api.post("/api/v1/challenges/" + id + "/deadline", token("buyer1"),
                deadline(1, later, "")));
        assertEquals("reason", noReason.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        expect(422, api.post("/api/v1/challenges/" + id + "/deadline", token("buyer1"),
                deadline(1, Instant.now().minusSeconds(60), "Errore materiale")));   // in the past
        expect(404, api.post("/api/v1/challenges/" + id + "/deadline", token("buyer1"),
                deadline(7, later, "Fase inesistente")));
        expect(403, api.post("/api/v1/challenges/" + id + "/deadline", token("buyer3"),
                deadline(1, later, "Non è il mio ente")));

        JsonObject amended = expect(200, api.post("/api/v1/challenges/" + id + "/deadline", token("buyer2"),
                deadline(1, later, "Più tempo per i consorzi"))).json();
        assertEquals(later, Instant.parse(amended.getJsonArray("phases").getJsonObject(0).getString("closesAt")));
        JsonObject amendment = amended.getJsonArray("amendments").getJsonObject(0);
        assertEquals("DEADLINE", amendment.getString("kind"));
        assertEquals("Più tempo per i consorzi", amendment.getString("reason"));
        assertFalse(amendment.getString("noticeProtocol").equals(published.getString("noticeProtocol")),
                "the notice is issued again");
        assertEquals(2, api.get("/api/v1/documents?recordType=challenge&recordId=" + id, null).array().size());

        List<JsonObject> mails = api.get("/api/v1/admin/outbox?max=200&recipient=operator2@demo.sfide.localhost", token("admin"))
                .array().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("recipient").startsWith("operator2@"))
                .filter(m -> m.getString("body").contains("Più tempo per i consorzi"))
                .filter(m -> m.getString("body").contains(word)).toList();
        assertEquals(1, mails.size(), "one e-mail to the follower, in English");
        assertTrue(mails.get(0).getString("subject").startsWith("Amendment of the challenge"),
                mails.get(0).getString("subject"));
        assertTrue(api.get("/api/v1/follows", operator).array().stream()
                .anyMatch(f -> f.asJsonObject().getJsonNumber("challengeId").longValue() == id));
    }

    @Test
    void textsAreAmendedWithAReasonAndACancelledChallengeChangesNoMore() {
        String word = Challenges.word();
        long id = challenges.published(word, inAMonth).getJsonNumber("id").longValue();
        String changed = complete(word, inAMonth).add("need", "Il bisogno corretto: anche parcheggi.")
                .add("needEn", "The corrected need: car parks too.").build().toString();
        expect(422, api.post("/api/v1/challenges/" + id + "/amendments", token("buyer1"),
                "{\"content\":" + changed + ",\"reason\":\" \"}"));
        JsonObject amended = expect(200, api.post("/api/v1/challenges/" + id + "/amendments", token("buyer1"),
                "{\"content\":" + changed + ",\"reason\":\"Refuso nel fabbisogno\"}")).json();
        assertEquals("Il bisogno corretto: anche parcheggi.", amended.getString("need"));
        assertEquals("The corrected need: car parks too.", amended.getString("needEn"));
        assertEquals(1, api.get("/api/v1/challenges?q=" + word + "%20parcheggi", null).json().getInt("total"),
                "the catalogue finds the amended words");
        assertEquals(1, api.get("/api/v1/challenges?q=" + word + "%20parks", null).json().getInt("total"),
                "and the amended English words");

        expect(422, api.post("/api/v1/challenges/" + id + "/cancellation", token("buyer1"), "{\"reason\":\"\"}"));
        expect(403, api.post("/api/v1/challenges/" + id + "/cancellation", token("buyer3"),
                "{\"reason\":\"Non mio\"}"));
        JsonObject cancelled = expect(200, api.post("/api/v1/challenges/" + id + "/cancellation", token("buyer1"),
                "{\"reason\":\"Fondi revocati dalla delibera regionale\"}")).json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("Fondi revocati dalla delibera regionale", cancelled.getString("statusReason"));
        expect(409, api.post("/api/v1/challenges/" + id + "/cancellation", token("buyer1"),
                "{\"reason\":\"Di nuovo\"}"));
        expect(409, api.post("/api/v1/challenges/" + id + "/deadline", token("buyer1"),
                deadline(1, inAMonth.plus(Duration.ofDays(1)), "Troppo tardi")));
        assertTrue(api.get("/api/v1/admin/outbox?max=200&recipient=buyer2@demo.sfide.localhost", token("admin"))
                .array().stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getString("recipient").startsWith("buyer2@")
                        && m.getString("body").contains("Fondi revocati")),
                "the body's other officers are told of the cancellation");
    }

    @Test
    void aPlatformFailureSuspendsTheChallengeWithTheExtensionItGrants() {
        long id = challenges.published(Challenges.word(), inAMonth).getJsonNumber("id").longValue();
        String admin = token("admin");
        expect(422, api.post("/api/v1/challenges/" + id + "/suspension", admin,
                deadline(1, inAMonth.minusSeconds(3600), "Disservizio")));   // not an extension
        expect(403, api.post("/api/v1/challenges/" + id + "/suspension", token("operator1"),
                deadline(1, inAMonth.plus(Duration.ofDays(2)), "Disservizio")));
        JsonObject suspended = expect(200, api.post("/api/v1/challenges/" + id + "/suspension", admin,
                deadline(1, inAMonth.plus(Duration.ofDays(2)), "Disservizio della piattaforma il 21/11 dalle 9 alle 13")))
                .json();
        assertEquals("SUSPENDED", suspended.getString("status"));
        assertEquals("SUSPENSION", suspended.getJsonArray("amendments").getJsonObject(0).getString("kind"));
        assertEquals("PUBLISHED", expect(200, api.post("/api/v1/challenges/" + id + "/resumption", token("buyer1"),
                "")).json().getString("status"));
        expect(409, api.post("/api/v1/challenges/" + id + "/resumption", token("buyer1"), ""));
    }

    @Test
    void anInvitedBodyCoSponsorsAndThenFollowsTheDraftButCannotChangeIt() {
        long id = challenges.draft(complete(Challenges.word(), inAMonth));
        String buyer1 = token("buyer1");
        String buyer3 = token("buyer3");
        long lombardia = api.get("/api/v1/challenges/" + id, buyer1).json().getJsonNumber("buyerId").longValue();
        long milano = api.get("/api/v1/me", buyer3).json().getJsonObject("organisation").getJsonNumber("id")
                .longValue();
        expect(422, api.post("/api/v1/challenges/" + id + "/cosponsors", buyer1, "{\"organisationId\":" + lombardia
                + "}"));
        JsonObject invitation = expect(201, api.post("/api/v1/challenges/" + id + "/cosponsors", buyer1,
                "{\"organisationId\":" + milano + "}")).json();
        expect(409, api.post("/api/v1/challenges/" + id + "/cosponsors", buyer1, "{\"organisationId\":" + milano
                + "}"));
        // invited, not yet answered: the body reads the draft it is asked to co-sponsor, without the buyer's
        // internals and without being able to change it
        JsonObject invited = expect(200, api.get("/api/v1/challenges/" + id, buyer3)).json();
        assertFalse(invited.getBoolean("editable"));
        assertTrue(invited.isNull("createdBy"), "who wrote the draft stays internal until the body accepts");
        expect(404, api.get("/api/v1/challenges/" + id, token("operator1")));   // nobody else reads the draft
        long invitationId = invitation.getJsonNumber("id").longValue();
        expect(403, api.post("/api/v1/challenges/cosponsorships/" + invitationId, token("operator1"),
                "{\"accept\":true}"));
        expect(404, api.post("/api/v1/challenges/cosponsorships/" + invitationId, token("buyer2"),
                "{\"accept\":true}"));   // the inviting body cannot answer for the invited one
        assertEquals("ACCEPTED", expect(200, api.post("/api/v1/challenges/cosponsorships/" + invitationId, buyer3,
                "{\"accept\":true}")).json().getString("status"));
        expect(409, api.post("/api/v1/challenges/cosponsorships/" + invitationId, buyer3, "{\"accept\":false}"));

        JsonObject seen = expect(200, api.get("/api/v1/challenges/" + id, buyer3)).json();
        assertEquals("buyer1", seen.getString("createdBy"), "a co-sponsor sees what the buyer sees");
        assertEquals("Comune di Milano", seen.getJsonArray("coSponsors").getJsonObject(0).getString("organisationName"));
        assertFalse(seen.getBoolean("editable"));
        expect(403, api.put("/api/v1/challenges/" + id, buyer3, complete("x", inAMonth).build().toString()));
        assertTrue(api.get("/api/v1/challenges/mine", buyer3).array().stream()
                .anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == id));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndSavesNothing() {
        String buyer1 = token("buyer1");
        Instant now = Instant.now();
        Api.Reply order = expect(422, api.post("/api/v1/challenges", buyer1, complete("x", inAMonth)
                .add("phases", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("opensAt", inAMonth.toString()).add("closesAt", now.plusSeconds(60).toString())))
                .build().toString()));
        assertEquals("phases[0].closesAt", order.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        Api.Reply longTitle = expect(422, api.post("/api/v1/challenges", buyer1, complete("x", inAMonth)
                .add("titleIt", "x".repeat(201)).build().toString()));
        assertTrue(longTitle.body().contains("200"), longTitle.body());
        expect(400, api.post("/api/v1/challenges", buyer1, "{\"type\":\"SPACESHIP\"}"));
        expect(400, api.post("/api/v1/challenges", buyer1, "{not json"));

        long weights = challenges.draft(complete("x", inAMonth).add("criteria", Challenges.criteria(60, 30)));
        Api.Reply sum = expect(422, api.post("/api/v1/challenges/" + weights + "/publication-request", buyer1, ""));
        assertTrue(sum.body().contains("100") && sum.body().contains("90"), sum.body());
        long past = challenges.draft(complete("x", now.plusSeconds(1)));
        sleep(1500);
        Api.Reply late = expect(422, api.post("/api/v1/challenges/" + past + "/publication-request", buyer1, ""));
        assertTrue(late.body().contains("challenge.error.deadlinePast"), late.body());

        String script = "<script>alert('x')</script> Sfida <b>grassetto</b>";
        JsonObject stored = expect(201, api.post("/api/v1/challenges", buyer1, complete("x", inAMonth)
                .add("titleIt", script).build().toString())).json();
        assertEquals(script, stored.getString("titleIt"), "kept as text, exactly as typed");
        expect(403, api.post("/api/v1/challenges", token("operator1"), complete("x", inAMonth).build().toString()));
        expect(401, api.post("/api/v1/challenges", null, complete("x", inAMonth).build().toString()));
    }

    @Test
    void theTimerClosesThePhaseAtItsDeadlineExactlyOnce() {
        JsonObject published = challenges.published(Challenges.word(), Instant.now().plusSeconds(8));
        long id = published.getJsonNumber("id").longValue();
        JsonObject closed = null;
        for (int i = 0; i < 60 && closed == null; i++) {
            sleep(500);
            JsonObject now = api.get("/api/v1/challenges/" + id, null).json();
            if ("CLOSED".equals(now.getString("status"))) {
                closed = now;
            }
        }
        assertNotNull(closed, "closed by the timer within 30 s of its deadline");
        Instant deadline = Instant.parse(published.getJsonArray("phases").getJsonObject(0).getString("closesAt"));
        Instant closedAt = Instant.parse(closed.getJsonArray("phases").getJsonObject(0).getString("closedAt"));
        assertFalse(closedAt.isBefore(deadline), "never before its instant");
        assertTrue(closedAt.isBefore(deadline.plusSeconds(5)), "at its instant: " + closedAt + " vs " + deadline);
        long records = api.get("/api/v1/audit?action=challenge.phase.close&max=1000", token("admin")).array()
                .stream().map(JsonValue::asJsonObject).filter(r -> r.getString("targetId").equals(id + "#1")).count();
        assertEquals(1, records, "closed once");
    }

    @Test
    void operatorsAskPrivatelyAndTheBuyerPublishesTheAnswerWithoutTheAsker() throws Exception {
        long id = challenges.published(Challenges.word(), inAMonth).getJsonNumber("id").longValue();
        String path = "/api/v1/challenges/" + id + "/clarifications";
        String asked = "Sono Luca Ferrari di Nuvola Civica: possiamo proporre il prototipo già provato a Bergamo?";
        JsonObject question = expect(201, api.post(path, token("operator1"),
                Json.createObjectBuilder().add("question", asked).build().toString())).json();
        expect(403, api.post(path, token("operator4"), "{\"question\":\"Organizzazione non verificata\"}"));
        expect(403, api.post(path, token("buyer3"), "{\"question\":\"Un ente non chiede\"}"));
        expect(422, api.post(path, token("operator2"), "{\"question\":\"  \"}"));

        assertEquals(0, api.get(path, null).array().size(), "private to the buyer");
        assertEquals(0, api.get(path, token("operator2")).array().size());
        assertEquals(0, api.get(path, token("buyer3")).array().size());
        assertTrue(api.get(path, token("operator1")).array().getJsonObject(0).getBoolean("mine"));
        JsonObject seenByBuyer = api.get(path, token("buyer2")).array().getJsonObject(0);
        assertTrue(seenByBuyer.getString("askedBy").contains("Luca Ferrari"), seenByBuyer.toString());

        long qid = question.getJsonNumber("id").longValue();
        expect(409, api.post(path + "/" + qid + "/publication", token("buyer1"), "{}"));   // no answer yet
        expect(403, api.post(path + "/" + qid + "/answer", token("buyer3"), "{\"answer\":\"Non mio\"}"));
        expect(200, api.post(path + "/" + qid + "/answer", token("buyer1"),
                "{\"answer\":\"Sì, se la sperimentazione è documentata.\"}"));
        String wording = "Si può proporre un prototipo già sperimentato in un altro comune?";
        expect(200, api.post(path + "/" + qid + "/publication", token("buyer1"),
                Json.createObjectBuilder().add("wording", wording).build().toString()));
        expect(409, api.post(path + "/" + qid + "/publication", token("buyer1"), "{}"));

        Api.Reply everyone = api.get(path, null);
        assertEquals(1, everyone.array().size());
        assertEquals(wording, everyone.array().getJsonObject(0).getString("question"));
        for (String identity : List.of("Ferrari", "Nuvola", "operator1", "Bergamo")) {
            assertFalse(everyone.body().contains(identity), "the asker never appears: " + everyone.body());
        }
        JsonObject digest = api.get("/api/v1/documents?recordType=challenge-clarifications&recordId=" + id, null)
                .array().getJsonObject(0);
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes(digest.getString("downloadPath")))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertTrue(text.replaceAll("\\s+", " ").contains("prototipo già sperimentato"), text);
        assertFalse(text.contains("Ferrari") || text.contains("Nuvola"), "nor in the signed digest");
        assertTrue(api.get("/api/v1/admin/outbox?max=200&recipient=operator1@demo.sfide.localhost", token("admin"))
                .array().stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getString("recipient").startsWith("operator1@")
                        && m.getString("subject").startsWith("Risposta alla tua domanda")),
                "the asker is told of the answer");
    }

    @Test
    void questionsStopAtTheCutOffWhichCannotFollowTheFirstDeadline() {
        String buyer1 = token("buyer1");
        expect(422, api.post("/api/v1/challenges", buyer1, complete("x", inAMonth)
                .add("clarificationsUntil", inAMonth.plusSeconds(60).toString()).build().toString()));
        long id = challenges.draft(complete(Challenges.word(), inAMonth)
                .add("clarificationsUntil", Instant.now().plusSeconds(6).toString()));
        expect(200, api.post("/api/v1/challenges/" + id + "/publication-request", buyer1, ""));
        expect(200, api.post("/api/v1/challenges/" + id + "/approval", token("buyer2"), ""));
        sleep(Math.max(0, 6_500 - 0));
        Api.Reply late = expect(409, api.post("/api/v1/challenges/" + id + "/clarifications", token("operator1"),
                "{\"question\":\"Troppo tardi?\"}"));
        assertEquals("clarification.error.closed", late.json().getString("code"));
    }

    @Test
    void aConsultationTakesOneAnswerPerOrganisationUntilItClosesAndTheBuyerExportsThem() {
        String buyer1 = token("buyer1");
        long id = challenges.draft(complete(Challenges.word(), inAMonth).add("type", "MARKET_CONSULTATION"));
        String q = "/api/v1/challenges/" + id + "/questionnaire";
        Api.Reply noQuestions = expect(422, api.post("/api/v1/challenges/" + id + "/publication-request", buyer1, ""));
        assertTrue(noQuestions.body().contains("\"questions\""), noQuestions.body());
        Api.Reply oneOption = expect(422, api.put(q, buyer1, "[{\"kind\":\"SINGLE\",\"textIt\":\"Quale?\","
                + "\"textEn\":\"Which?\",\"optionsIt\":[\"Sola\"],\"optionsEn\":[\"Only\"]}]"));
        assertEquals("questions[0].optionsIt", oneOption.json().getJsonArray("fields").getJsonObject(0)
                .getString("field"));
        JsonObject[] questions = expect(200, api.put(q, buyer1, "["
                + "{\"kind\":\"SINGLE\",\"textIt\":\"Avete un prodotto?\",\"textEn\":\"Do you have a product?\","
                + "\"optionsIt\":[\"Sì\",\"No\"],\"optionsEn\":[\"Yes\",\"No\"]},"
                + "{\"kind\":\"MULTIPLE\",\"textIt\":\"Dove?\",\"textEn\":\"Where?\","
                + "\"optionsIt\":[\"Nord\",\"Centro\",\"Sud\"],\"optionsEn\":[\"North\",\"Centre\",\"South\"]},"
                + "{\"kind\":\"TEXT\",\"textIt\":\"Costo?\",\"textEn\":\"Cost?\"}]")).array().stream()
                .map(JsonValue::asJsonObject).toArray(JsonObject[]::new);
        expect(200, api.post("/api/v1/challenges/" + id + "/publication-request", buyer1, ""));
        expect(200, api.post("/api/v1/challenges/" + id + "/approval", token("buyer2"), ""));
        expect(409, api.put(q, buyer1, "[]"));

        long q1 = questions[0].getJsonNumber("id").longValue();
        long q2 = questions[1].getJsonNumber("id").longValue();
        long q3 = questions[2].getJsonNumber("id").longValue();
        String operator1 = token("operator1");
        Api.Reply incomplete = expect(422, api.put(q + "/answers", operator1,
                "[{\"questionId\":" + q1 + ",\"choices\":[0,1]}]"));
        assertTrue(incomplete.body().contains("answers[0]") && incomplete.body().contains("answers[2]"),
                incomplete.body());
        expect(200, api.put(q + "/answers", operator1, "[{\"questionId\":" + q1 + ",\"choices\":[1]},"
                + "{\"questionId\":" + q2 + ",\"choices\":[0]},{\"questionId\":" + q3 + ",\"text\":\"Mille\"}]"));
        expect(200, api.put(q + "/answers", operator1, "[{\"questionId\":" + q1 + ",\"choices\":[0]},"
                + "{\"questionId\":" + q2 + ",\"choices\":[0,2]},{\"questionId\":" + q3
                + ",\"text\":\"=HYPERLINK(\\\"http://x\\\")\"}]"));   // changed: still one answer
        expect(200, api.put(q + "/answers", token("operator2"), "[{\"questionId\":" + q1 + ",\"choices\":[0]},"
                + "{\"questionId\":" + q2 + ",\"choices\":[2]},{\"questionId\":" + q3 + ",\"text\":\"Duemila\"}]"));
        assertEquals(2, api.get(q + "/answers", operator1).array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("questionId").longValue() == q2).findFirst().orElseThrow()
                .getJsonArray("choices").size(), "the changed answer is kept");

        expect(403, api.get(q + "/results", token("buyer3")));
        expect(403, api.get(q + "/results", operator1));
        JsonObject results = expect(200, api.get(q + "/results", buyer1)).json();
        assertEquals(2, results.getInt("respondents"));
        JsonObject yes = results.getJsonArray("questions").getJsonObject(0).getJsonArray("options").getJsonObject(0);
        assertEquals(2, yes.getInt("count"));
        assertEquals(100, yes.getInt("percent"));
        assertEquals(2, results.getJsonArray("questions").getJsonObject(1).getJsonArray("options").getJsonObject(2)
                .getInt("count"), "South chosen by both");
        Api.Reply csv = expect(200, api.get(q + "/results.csv", buyer1, "text/csv"));
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertEquals(3, csv.body().strip().split("\r\n").length, csv.body());
        assertTrue(csv.body().contains("\"Nuvola Civica S.r.l.\""), csv.body());
        assertTrue(csv.body().contains("\"'=HYPERLINK"), "a formula is defused: " + csv.body());

        expect(200, api.post("/api/v1/challenges/" + id + "/cancellation", buyer1, "{\"reason\":\"Chiusa prima\"}"));
        Api.Reply closed = expect(409, api.put(q + "/answers", operator1, "[]"));
        assertEquals("consultation.error.closed", closed.json().getString("code"));
    }

    @Test
    void shorteningADeadlineIsRefusedOnceAnOperatorHasStartedAProposal() {
        long id = challenges.published(Challenges.word(), inAMonth).getJsonNumber("id").longValue();
        String path = "/api/v1/challenges/" + id;
        expect(200, api.post(path + "/deadline", token("buyer1"),
                deadline(1, inAMonth.minus(Duration.ofDays(2)), "Anticipo concordato")));   // nobody started yet
        String operator = token("operator3");
        JsonObject draft = expect(201, api.post(path + "/proposals", operator, "{\"phase\":1}")).json();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(draft.getInt("id"), expect(201, api.post(path + "/proposals", operator, "{\"phase\":1}")).json()
                .getInt("id"), "one draft per organisation and phase");
        expect(404, api.post(path + "/proposals", operator, "{\"phase\":2}"));
        expect(403, api.post(path + "/proposals", token("operator4"), "{\"phase\":1}"));   // not verified
        expect(403, api.post(path + "/proposals", token("buyer2"), "{\"phase\":1}"));
        assertTrue(api.get("/api/v1/proposals", operator).array().stream()
                .anyMatch(p -> p.asJsonObject().getInt("challengeId") == id));

        Api.Reply refused = expect(409, api.post(path + "/deadline", token("buyer1"),
                deadline(1, inAMonth.minus(Duration.ofDays(5)), "Anticipo")));
        assertEquals("challenge.error.shortenAfterDrafts", refused.json().getString("code"));
        expect(200, api.post(path + "/deadline", token("buyer1"),
                deadline(1, inAMonth.plus(Duration.ofDays(5)), "Proroga")));   // extending is still allowed

        long draftOnly = challenges.draft(complete(Challenges.word(), inAMonth));
        expect(404, api.post("/api/v1/challenges/" + draftOnly + "/proposals", operator, "{\"phase\":1}"));
    }

    @Test
    void aPcpsStageGatesJudgeByCriteriaOfTheirOwnCheckedFieldByFieldAndAtPublication() throws Exception {
        String buyer1 = token("buyer1");
        String word = Challenges.word();
        Api.Reply prize = expect(422, api.post("/api/v1/challenges", buyer1, complete(word, inAMonth)
                .add("criteria", Challenges.criteria(60, 40).add(criterion("Prototipo", "Prototype", 100, 2)))
                .build().toString()));
        JsonObject notPcp = prize.json().getJsonArray("fields").getJsonObject(0);
        assertEquals("criteria[2].phase", notPcp.getString("field"));
        assertTrue(notPcp.getString("message").startsWith("Solo un appalto pre-commerciale (PCP) ha criteri propri"),
                "refused on the criterion's phase, in Italian: " + prize.body());
        Api.Reply phaseOne = expect(422, api.post("/api/v1/challenges", buyer1, pcp(word, 20, 1).build().toString()));
        JsonObject first = phaseOne.json().getJsonArray("fields").getJsonObject(0);
        assertEquals("criteria[2].phase", first.getString("field"));
        assertTrue(first.getString("message").contains("da 2 a 3"), phaseOne.body());

        // phase 2's own criteria weigh 40 + 30 + 20: publishing is refused, naming the phase
        JsonObject draft = expect(201, api.post("/api/v1/challenges", buyer1, pcp(word, 20, 2).build().toString()))
                .json();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals(java.util.Arrays.asList(null, null, 2, 2, 2, 3), phases(draft), "every criterion's phase kept");
        Api.Reply uneven = expect(422, api.post("/api/v1/challenges/" + id + "/publication-request", buyer1, ""));
        JsonObject sum = uneven.json().getJsonArray("fields").getJsonObject(0);
        assertEquals("criteria", sum.getString("field"));
        assertEquals("I pesi dei criteri della fase 2 devono sommare a 100 (ora 90).", sum.getString("message"));
        assertEquals(1, uneven.json().getJsonArray("fields").size(), "the general criteria and phase 3 are right");
        assertTrue(api.inLanguage("en").get("/api/v1/challenges/" + id + "/missing", buyer1).body()
                .contains("The weights of the criteria of phase 2 must sum to 100 (now 90)."));

        expect(200, api.put("/api/v1/challenges/" + id, buyer1, pcp(word, 30, 2).build().toString()));
        expect(200, api.post("/api/v1/challenges/" + id + "/publication-request", buyer1, ""));
        JsonObject published = expect(200, api.post("/api/v1/challenges/" + id + "/approval", token("buyer2"), ""))
                .json();
        assertEquals("PUBLISHED", published.getString("status"));

        JsonObject seen = expect(200, api.get("/api/v1/challenges/" + id, null)).json();
        assertEquals(java.util.Arrays.asList(null, null, 2, 2, 2, 3), phases(seen));
        assertEquals("Piano di collaudo", seen.getJsonArray("criteria").getJsonObject(3).getString("nameIt"));
        String notice;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes(api.get("/api/v1/documents?recordType=challenge"
                + "&recordId=" + id, null).array().getJsonObject(0).getString("downloadPath")))) {
            notice = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        int general = notice.indexOf("Criteri generali (fase 1 e fasi senza criteri propri)");
        int prototype = notice.indexOf("Criteri della fase 2 (stage gate)");
        int fieldTest = notice.indexOf("Criteri della fase 3 (stage gate)");
        assertTrue(general >= 0 && prototype > general && fieldTest > prototype, notice);
        assertTrue(notice.indexOf("Costo del ciclo di vita / Life-cycle cost") > prototype
                && notice.indexOf("Costo del ciclo di vita / Life-cycle cost") < fieldTest, notice);

        // another body's copy keeps each criterion's phase
        JsonObject copy = expect(201, api.post("/api/v1/challenges/" + id + "/copies", token("buyer3"), "")).json();
        assertEquals(java.util.Arrays.asList(null, null, 2, 2, 2, 3), phases(copy));
    }

    /** A PCP with three phases, general criteria (60, 40), three of phase 2 (the last weighing {@code last}). */
    private JsonObjectBuilder pcp(String word, int last, int prototypePhase) {
        Instant opens = Instant.now().minus(Duration.ofDays(1));
        return complete(word, inAMonth).add("type", "PCP")
                .add("phases", Json.createArrayBuilder()
                        .add(phase(opens, inAMonth))
                        .add(phase(inAMonth.plus(Duration.ofDays(10)), inAMonth.plus(Duration.ofDays(100))))
                        .add(phase(inAMonth.plus(Duration.ofDays(110)), inAMonth.plus(Duration.ofDays(300)))))
                .add("criteria", Challenges.criteria(60, 40)
                        .add(criterion("Risultati del prototipo", "Prototype results", 40, prototypePhase))
                        .add(criterion("Piano di collaudo", "Field-test plan", 30, prototypePhase))
                        .add(criterion("Costo del ciclo di vita", "Life-cycle cost", last, prototypePhase))
                        .add(criterion("Risultati della sperimentazione", "Field-test results", 100, 3)));
    }

    private static JsonObjectBuilder phase(Instant opens, Instant closes) {
        return Json.createObjectBuilder().add("opensAt", opens.toString()).add("closesAt", closes.toString())
                .add("budget", 80000);
    }

    private static JsonObjectBuilder criterion(String nameIt, String nameEn, int weight, int phase) {
        return Json.createObjectBuilder().add("nameIt", nameIt).add("nameEn", nameEn).add("weight", weight)
                .add("phase", phase);
    }

    private static List<Integer> phases(JsonObject challenge) {
        return challenge.getJsonArray("criteria").stream().map(JsonValue::asJsonObject)
                .map(k -> k.isNull("phase") ? null : k.getInt("phase")).toList();
    }

    private static String deadline(int phase, Instant closesAt, String reason) {
        return Json.createObjectBuilder().add("phase", phase).add("closesAt", closesAt.toString())
                .add("reason", reason).build().toString();
    }

    private static byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static X509Certificate root() throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(bytes("/api/v1/trust/ca.pem")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
