package it.sfide.evaluation;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.proposal.Drafts;
import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import it.sfide.validation.IndependentValidators;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evaluation through the API of the running portal, from an opened phase to submitted individual reports: the
 * committee appointed after the opening (signed appointment), a conflict Sfide finds itself from a declared
 * affiliation, declarations signed with the member's password (checked by EU DSS), the chair's automatic
 * assignment that never gives the conflicted member that proposal, blind scoring with drafts, refusals and a
 * revision with its history, and every role kept out of what is not theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();
    private final Drafts drafts = new Drafts(api);

    @Test
    void aCommitteeDeclaresItsConflictsIsAssignedWithoutThemAndScoresBlind() throws Exception {
        Instant deadline = Instant.now().plusSeconds(25);
        long challenge = drafts.challenge(deadline);
        String marker = "valutazione" + TestData.unique();
        Map<String, Long> proposals = new HashMap<>();
        for (String operator : List.of("operator1", "operator2", "operator3")) {
            String token = drafts.token(operator);
            long id = drafts.complete(challenge, token, marker + operator);
            drafts.submit(id, token, operator + marker);
            proposals.put(operator, id);
        }
        String buyer1 = drafts.token("buyer1");
        String buyer2 = drafts.token("buyer2");
        Map<String, String> tokens = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (String user : List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4", "buyer2")) {
            tokens.put(user, drafts.token(user));
            ids.put(user, api.get("/api/v1/me", tokens.get(user)).json().getJsonNumber("id").longValue());
        }
        String startup = api.get("/api/v1/me", drafts.token("operator1")).json().getJsonObject("organisation")
                .getString("name");
        // evaluator4 worked with the startup, and says so in their profile
        expect(200, api.put("/api/v1/me/expertise", tokens.get("evaluator4"), Json.createObjectBuilder()
                .add("themes", Json.createArrayBuilder().add("mobilita")).add("keywords", "sensori, " + marker)
                .add("affiliations", "Università di Pavia\n" + startup.toUpperCase()).build().toString()));
        String appointment = Json.createObjectBuilder().add("chairAccountId", ids.get("buyer2"))
                .add("memberAccountIds", Json.createArrayBuilder().add(ids.get("evaluator1"))
                        .add(ids.get("evaluator2")).add(ids.get("evaluator3")).add(ids.get("evaluator4")))
                .build().toString();
        String path = "/api/v1/challenges/" + challenge + "/phases/1/committee";
        assertCode("evaluation.error.notOpened", expect(409, api.post(path, buyer1, appointment)));

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis() + 500));
        expect(200, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening", buyer1, ""));
        expect(200, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening/confirmation", buyer2, ""));
        for (long id : proposals.values()) {
            expect(200, api.post("/api/v1/proposals/" + id + "/admissibility", buyer1, "{\"admissible\":true}"));
        }

        // only the body's officers appoint; the rules are checked
        expect(403, api.post(path, drafts.token("operator1"), appointment));
        expect(403, api.post(path, drafts.token("buyer3"), appointment));
        JsonObject tooFew = expect(422, api.post(path, buyer1, Json.createObjectBuilder()
                .add("chairAccountId", ids.get("buyer2"))
                .add("memberAccountIds", Json.createArrayBuilder().add(ids.get("evaluator1")))
                .add("scaleStep", 0.7).build().toString())).json();
        assertTrue(tooFew.toString().contains("evaluation.error.scale"), tooFew.toString());
        JsonObject committee = expect(201, api.post(path, buyer1, appointment)).json();
        long id = committee.getJsonNumber("id").longValue();
        String c = "/api/v1/committees/" + id;
        assertNotNull(committee.getString("appointmentProtocol"));
        assertEquals("UNDER_EVALUATION", api.get("/api/v1/challenges/" + challenge, null).json().getString("status"));
        assertCode("evaluation.error.alreadyAppointed", expect(409, api.post(path, buyer1, appointment)));
        byte[] appointed = api.bytes("/api/v1/documents/" + committee.getString("appointmentProtocol"), buyer1);
        SimpleReport sealed = IndependentValidators.pades(appointed, root());
        assertEquals(Indication.TOTAL_PASSED, sealed.getIndication(sealed.getFirstSignatureId()), sealed.toString());

        // outsiders: the same answer as for a committee that does not exist
        Api.Reply missing = expect(404, api.get("/api/v1/committees/999999999", drafts.token("operator1")));
        assertEquals(missing.body(), expect(404, api.get(c, drafts.token("operator1"))).body());
        expect(404, api.get(c, drafts.token("buyer3")));
        expect(404, api.get(c, drafts.token("operator2")));

        // before the declaration a member sees the committee but no proposal
        JsonObject before = expect(200, api.get(c, tokens.get("evaluator1"))).json();
        assertEquals(0, before.getJsonArray("candidates").size());
        long anyCandidate = expect(200, api.get(c, buyer1)).json().getJsonArray("candidates").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertCode("evaluation.error.declareFirst", expect(409, api.get(c + "/proposals/" + anyCandidate + "/report",
                tokens.get("evaluator1"))));

        // the declaration lists the applicants by code (blind) and shows the conflict Sfide found
        JsonObject form = expect(200, api.get(c + "/declaration", tokens.get("evaluator4"))).json();
        assertFalse(form.toString().contains(startup), "blind: no applicant's name before the declaration");
        Map<String, Long> candidateOf = candidatesByProposal(api.get(c, buyer1).json());
        long startupCandidate = candidateOf.get(String.valueOf(proposals.get("operator1")));
        JsonObject line = form.getJsonArray("applicants").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("candidateId").longValue() == startupCandidate).findFirst().orElseThrow();
        assertEquals(1, line.getJsonArray("detected").size(), line.toString());
        assertTrue(line.getJsonArray("detected").getString(0).contains("affiliazione"), line.toString());

        // a wrong password signs nothing and records nothing
        Api.Reply wrong = expect(422, api.post(c + "/declaration", tokens.get("evaluator1"),
                "{\"conflicts\":[],\"password\":\"not-the-password\"}"));
        assertEquals("password", wrong.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(0, expect(200, api.get(c, tokens.get("evaluator1"))).json().getJsonArray("candidates").size());
        for (String user : List.of("buyer2", "evaluator1", "evaluator2", "evaluator3", "evaluator4")) {
            JsonObject signed = expect(200, api.post(c + "/declaration", tokens.get(user),
                    "{\"conflicts\":[],\"password\":\"" + Api.DEMO_PASSWORD + "\"}")).json();
            assertTrue(signed.getBoolean("declared"));
        }
        String declaration = expect(200, api.get(c + "/declaration", tokens.get("evaluator4"))).json()
                .getString("declarationProtocol");
        SimpleReport signedDeclaration = IndependentValidators.pades(api.bytes("/api/v1/documents/" + declaration,
                buyer1), root());
        assertEquals(2, signedDeclaration.getSignaturesCount(), "the platform's seal and the member's signature");
        for (String sig : signedDeclaration.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, signedDeclaration.getIndication(sig), signedDeclaration.toString());
        }
        assertTrue(signedDeclaration.toString().contains("Stefano Costa"), "signed by the member");

        // only the chair assigns; the assignment keeps every rule
        expect(403, api.post(c + "/assignments", tokens.get("evaluator1"), ""));
        expect(403, api.post(c + "/assignments", buyer1, ""));
        JsonObject board = expect(200, api.post(c + "/assignments", buyer2, "")).json();
        assertTrue(board.getInt("maxLoad") - board.getInt("minLoad") <= 1, board.toString());
        for (JsonValue v : board.getJsonArray("rows")) {
            JsonArray assigned = v.asJsonObject().getJsonArray("assigned");
            assertEquals(3, assigned.size(), v.toString());
            if (v.asJsonObject().getJsonNumber("candidateId").longValue() == startupCandidate) {
                assertTrue(assigned.stream().noneMatch(a -> a.asJsonObject().getJsonNumber("memberId").longValue()
                        == memberId(board, "Stefano Costa")), "never the conflicted member: " + v);
            }
        }
        Api.Reply broken = expect(422, api.post(c + "/assignments/add", buyer2, Json.createObjectBuilder()
                .add("candidateId", startupCandidate).add("memberId", memberId(board, "Stefano Costa")).build()
                .toString()));
        assertCode("evaluation.error.rule.conflict", broken);
        assertTrue(broken.body().contains("conflitto"), "says which rule: " + broken.body());

        // the evaluator sees only their proposals, without the applicant's identity
        JsonArray seats = expect(200, api.get("/api/v1/me/committees", tokens.get("evaluator1"))).array();
        JsonObject seat = seats.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("committeeId").longValue() == id).findFirst().orElseThrow();
        assertTrue(seat.getInt("assigned") >= 2, seat.toString());
        JsonObject mine = expect(200, api.get(c, tokens.get("evaluator1"))).json();
        assertEquals(seat.getInt("assigned"), mine.getJsonArray("candidates").size());
        long work = mine.getJsonArray("candidates").getJsonObject(0).getJsonNumber("id").longValue();
        String report = c + "/proposals/" + work + "/report";
        JsonObject sheet = expect(200, api.get(report, tokens.get("evaluator1"))).json();
        assertEquals(sheet.getString("code"), sheet.getString("applicant"));
        assertFalse(sheet.toString().contains(startup), "no applicant name: " + sheet);
        assertTrue(sheet.getJsonArray("files").getJsonObject(0).getString("name").startsWith(sheet.getString("code")));
        byte[] file = api.bytes(report.replace("/report", "/files/1"), tokens.get("evaluator1"));
        assertTrue(new String(file, 0, 8).startsWith("%PDF"));
        expect(404, api.get(report, buyer1));           // the body's officers do not score
        expect(404, api.put(report, buyer1, scores(4, 4, 40)));
        long notMine = board.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonArray("assigned").stream().noneMatch(a -> a.asJsonObject()
                        .getJsonNumber("memberId").longValue() == mine.getJsonObject("caller")
                        .getJsonNumber("memberId").longValue()))
                .map(r -> r.getJsonNumber("candidateId").longValue()).findFirst().orElse(-1L);
        if (notMine > 0) {
            expect(404, api.get(c + "/proposals/" + notMine + "/report", tokens.get("evaluator1")));
        }

        // drafts, refusals that change nothing, the submission that locks, a revision with its reason
        JsonObject draft = expect(200, api.put(report, tokens.get("evaluator1"),
                "{\"scores\":[{\"criterion\":1,\"score\":3.5,\"comment\":\"Prima impressione\"}]}")).json();
        assertEquals("DRAFT", draft.getString("status"));
        assertField("scores[1].score", "evaluation.error.offScale", expect(422, api.post(report + "/submission",
                tokens.get("evaluator1"), scores(3.3, 4, 40))));
        assertField("scores[2].score", "evaluation.error.offScale", expect(422, api.post(report + "/submission",
                tokens.get("evaluator1"), scores(3, 5.5, 40))));
        assertField("scores[1].comment", "evaluation.error.commentShort", expect(422, api.post(report
                + "/submission", tokens.get("evaluator1"), scores(3, 4, 5))));
        JsonObject still = expect(200, api.get(report, tokens.get("evaluator1"))).json();
        assertEquals("DRAFT", still.getString("status"));
        assertEquals("Prima impressione", still.getJsonArray("lines").getJsonObject(0).getString("comment"));
        JsonObject submitted = expect(200, api.post(report + "/submission", tokens.get("evaluator1"),
                scores(4, 3.5, 40))).json();
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertCode("evaluation.error.reportLocked", expect(409, api.put(report, tokens.get("evaluator1"),
                scores(5, 5, 40))));
        assertField("reason", "evaluation.error.reasonRequired", expect(422, api.post(report + "/revision",
                tokens.get("evaluator1"), scores(4.5, 3.5, 40))));
        JsonObject revised = expect(200, api.post(report + "/revision", tokens.get("evaluator1"),
                "{\"reason\":\"Riletto l'allegato tecnico\",\"scores\":" + scoreArray(4.5, 3.5, 40) + "}")).json();
        assertEquals(1, revised.getJsonArray("revisions").size());
        assertEquals("1=4.0; 2=3.5", revised.getJsonArray("revisions").getJsonObject(0).getString("previousScores"));
        assertEquals(4.5, revised.getJsonArray("lines").getJsonObject(0).getJsonNumber("score").doubleValue());
        String audit = api.get("/api/v1/audit?action=evaluation.revise&max=20", drafts.token("admin")).body();
        assertTrue(audit.contains("\"targetId\":\"" + id + "\""), "the revision is audited: " + audit);
    }

    private static Map<String, Long> candidatesByProposal(JsonObject committee) {
        Map<String, Long> map = new HashMap<>();
        committee.getJsonArray("candidates").forEach(v -> map.put(String.valueOf(v.asJsonObject()
                .getJsonNumber("proposalId").longValue()), v.asJsonObject().getJsonNumber("id").longValue()));
        return map;
    }

    private static long memberId(JsonObject board, String name) {
        return board.getJsonArray("evaluators").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("memberId").longValue();
    }

    private static String scores(double first, double second, int commentLength) {
        return "{\"scores\":" + scoreArray(first, second, commentLength) + "}";
    }

    private static String scoreArray(double first, double second, int commentLength) {
        String comment = "Valutazione motivata ".repeat(10).substring(0, commentLength);
        JsonArrayBuilder a = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("criterion", 1).add("score", first).add("comment", comment))
                .add(Json.createObjectBuilder().add("criterion", 2).add("score", second).add("comment", comment));
        return a.build().toString();
    }

    private static void assertCode(String code, Api.Reply reply) {
        assertEquals(code, reply.json().getString("code"), reply.body());
    }

    private static void assertField(String field, String code, Api.Reply reply) {
        assertTrue(reply.json().getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .anyMatch(f -> f.getString("field").equals(field) && f.getString("code").equals(code)),
                reply.body());
    }

    private X509Certificate root() throws Exception {
        byte[] pem = api.bytes("/api/v1/trust/ca.pem", null);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(pem));
    }
}
