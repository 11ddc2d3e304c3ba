package it.sfide.evaluation;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.testing.Api;
import it.sfide.validation.IndependentValidators;
import jakarta.json.JsonArray;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import it.sfide.platform.i18n.Texts;
import it.sfide.testing.Deployments;

import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo evaluation as its people find it when they log in: evaluator1–4 sit on the committee of Comune di
 * Milano's challenge under evaluation (reports submitted, a draft, work not started; evaluator4's affiliation found
 * as a conflict) and on the one of Regione Lombardia's awarded challenge — since completed, its contract carried out
 * ({@code ContractIT}) —, whose award is published, whose committee report carries every member's valid signature and
 * whose unsuccessful applicant's appeal was rejected; and the demo PCP in its second phase after a stage gate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationDemoIT {

    private static final String UNDER_EVALUATION = "Meno code agli sportelli anagrafici";
    private static final String AWARDED = "Monitoraggio strutturale dei ponti provinciali";
    private static final String PCP = "Monitoraggio delle frane con sensori a basso costo";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    @Test
    void evaluatorsFindRealWorkAndTheAwardedChallengeIsComplete() throws Exception {
        long underEvaluation = -1;
        long awarded = -1;
        long awardedChallenge = -1;
        int[] submittedOnA = new int[4];
        int[] draftsOnA = new int[4];
        for (int i = 0; i < 4; i++) {
            String token = api.token("evaluator" + (i + 1), Api.DEMO_PASSWORD);
            JsonArray seats = expect(200, api.get("/api/v1/me/committees", token)).array();
            JsonObject a = seat(seats, UNDER_EVALUATION).orElseThrow(() -> new AssertionError(seats.toString()));
            JsonObject b = seat(seats, AWARDED).orElseThrow(() -> new AssertionError(seats.toString()));
            assertEquals("DECLARED", a.getString("memberStatus"), a.toString());
            assertEquals("ASSIGNED", a.getString("committeeStatus"), a.toString());
            assertTrue(a.getInt("assigned") >= 2, "every evaluator has proposals to judge: " + a);
            assertEquals("APPROVED", b.getString("committeeStatus"), b.toString());
            assertEquals(b.getInt("assigned"), b.getInt("submitted"), b.toString());
            submittedOnA[i] = a.getInt("submitted");
            draftsOnA[i] = a.getInt("drafts");
            underEvaluation = a.getJsonNumber("committeeId").longValue();
            awarded = b.getJsonNumber("committeeId").longValue();
            awardedChallenge = b.getJsonNumber("challengeId").longValue();

            // what they open: their proposals (blind on A), a report form they may fill in
            JsonObject committee = expect(200, api.get("/api/v1/committees/" + underEvaluation, token)).json();
            assertEquals(a.getInt("assigned"), committee.getJsonArray("candidates").size());
            long first = committee.getJsonArray("candidates").getJsonObject(0).getJsonNumber("id").longValue();
            JsonObject sheet = expect(200, api.get("/api/v1/committees/" + underEvaluation + "/proposals/" + first
                    + "/report", token)).json();
            assertEquals(sheet.getString("code"), sheet.getString("applicant"), "blind");
            assertFalse(sheet.getJsonArray("files").isEmpty(), sheet.toString());
        }
        // evaluator1 and evaluator2 have submitted all theirs, evaluator3 has a draft, evaluator4 has not started
        assertTrue(submittedOnA[0] >= 2 && submittedOnA[1] >= 2, java.util.Arrays.toString(submittedOnA));
        assertEquals(1, draftsOnA[2]);
        assertEquals(0, submittedOnA[2]);
        assertEquals(0, submittedOnA[3] + draftsOnA[3]);

        // evaluator4's declared affiliation is the conflict Sfide found: on one proposal, which they never got
        JsonObject board = expect(200, api.get("/api/v1/committees/" + underEvaluation + "/assignments",
                api.token("buyer3", Api.DEMO_PASSWORD))).json();
        List<JsonObject> blocked = board.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> !r.getJsonArray("conflicts").isEmpty()).toList();
        assertEquals(1, blocked.size(), board.toString());
        JsonObject conflict = blocked.get(0).getJsonArray("conflicts").getJsonObject(0);
        assertEquals("Stefano Costa", conflict.getString("name"));
        assertEquals("AFFILIATION", conflict.getString("source"));
        long conflicted = conflict.getJsonNumber("memberId").longValue();
        assertTrue(blocked.get(0).getJsonArray("assigned").stream().noneMatch(c -> c.asJsonObject()
                .getJsonNumber("memberId").longValue() == conflicted), board.toString());
        for (JsonValue row : board.getJsonArray("rows")) {
            assertEquals(3, row.asJsonObject().getJsonArray("assigned").size(), row.toString());
        }
        JsonObject form = expect(200, api.get("/api/v1/committees/" + underEvaluation + "/declaration",
                api.token("evaluator4", Api.DEMO_PASSWORD))).json();
        assertTrue(form.getBoolean("declared"), form.toString());
        assertFalse(form.toString().contains("Politecnico"), "blind: the applicant is not named " + form);
        String declaration = form.getString("declarationProtocol");
        SimpleReport declared = IndependentValidators.pades(api.bytes("/api/v1/documents/" + declaration,
                api.token("buyer3", Api.DEMO_PASSWORD)), root());
        assertEquals(2, declared.getSignaturesCount(), "the platform's seal and the member's signature");
        assertTrue(declared.getSignatureIdList().stream().anyMatch(id -> declared.getSignedBy(id)
                .contains("Stefano Costa")), "signed by the member");

        // the awarded challenge, completed since (its only contract is): published award, ranking without the
        // proposal under the threshold
        assertEquals("COMPLETED", api.get("/api/v1/challenges/" + awardedChallenge, null).json().getString("status"));
        JsonArray published = expect(200, api.get("/api/v1/challenges/" + awardedChallenge + "/awards", null)).array();
        assertEquals(1, published.size());
        JsonObject award = published.getJsonObject(0);
        assertNotNull(award.getString("decisionProtocol"));
        assertEquals("Politecnico di Milano", award.getJsonArray("winners").getJsonObject(0).getString("applicant"));
        assertEquals(2, award.getJsonArray("ranking").size());

        // the committee report, signed by the body and by every member (chair buyer2, evaluator1–4)
        String buyer1 = api.token("buyer1", Api.DEMO_PASSWORD);
        JsonObject b = expect(200, api.get("/api/v1/committees/" + awarded, buyer1)).json();
        SimpleReport report = IndependentValidators.pades(api.bytes("/api/v1/documents/" + b.getString(
                "reportProtocol"), buyer1), root());
        assertEquals(6, report.getSignaturesCount(), "the body's seal, the chair and four evaluators");
        for (String sig : report.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(sig), report.toString());
        }
        List<String> signers = report.getSignatureIdList().stream().map(report::getSignedBy).toList();
        for (String name : List.of("Marco Rossi", "Anna Moretti", "Davide Romano", "Chiara Gallo", "Stefano Costa")) {
            assertTrue(signers.stream().anyMatch(s -> s.contains(name)), "signed by " + name + ": " + signers);
        }

        // the unsuccessful applicant got its letter and its appeal was rejected with a signed decision
        String operator3 = api.token("operator3", Api.DEMO_PASSWORD);
        JsonObject results = null;
        for (JsonValue v : b.getJsonArray("candidates")) {
            Api.Reply r = api.get("/api/v1/proposals/" + v.asJsonObject().getJsonNumber("proposalId").longValue()
                    + "/results", operator3);
            if (r.status() == 200) {
                results = r.json();
            }
        }
        assertNotNull(results, "operator3 reads its results");
        assertEquals("NOT_FUNDABLE", results.getString("outcome"), results.toString());
        assertNotNull(results.getString("letterProtocol"));
        assertFalse(results.getBoolean("mayAppeal"), "appealed already, and the window is closed");
        JsonObject appeal = results.getJsonObject("appeal");
        assertEquals("REJECTED", appeal.getString("status"), appeal.toString());
        SimpleReport decision = IndependentValidators.pades(api.bytes("/api/v1/documents/"
                + appeal.getString("decisionProtocol"), operator3), root());
        assertEquals(Indication.TOTAL_PASSED, decision.getIndication(decision.getFirstSignatureId()));

        // an applicant who did not appeal finds the window closed (the award is weeks older than its 30 days)
        int closed = 0;
        for (String operator : List.of("operator1", "operator2", "operator4")) {
            String token = api.token(operator, Api.DEMO_PASSWORD);
            for (JsonValue v : b.getJsonArray("candidates")) {
                long proposal = v.asJsonObject().getJsonNumber("proposalId").longValue();
                Api.Reply r = api.get("/api/v1/proposals/" + proposal + "/results", token);
                if (r.status() != 200 || r.json().containsKey("appeal") && !r.json().isNull("appeal")) {
                    continue;
                }
                assertFalse(r.json().getBoolean("mayAppeal"), r.body());
                Api.Reply late = api.post("/api/v1/proposals/" + proposal + "/appeal", token,
                        "{\"text\":\"Chiediamo il riesame del punteggio sul secondo criterio.\"}");
                assertEquals(409, late.status(), late.body());
                assertEquals("evaluation.error.appealClosed", late.json().getString("code"));
                assertEquals(Texts.get(Locale.ITALIAN, "evaluation.error.appealClosed"),
                        late.json().getString("message"));
                assertEquals("NONE", appealOf(api.get("/api/v1/proposals/" + proposal + "/results", token)),
                        "nothing was recorded");
                closed++;
            }
        }
        assertEquals(2, closed, "the winner and the other unsuccessful applicant");
    }

    /**
     * The demo PCP in execution (Regione Lombardia, landslide monitoring): phase 1 awarded to three contractors
     * whose contracts are completed with certificates, the stage gate's decision selecting two for phase 2 (the
     * startup's outcome), Politecnico di Milano's phase-2 contract in force with a milestone accepted and paid and
     * one delivered again after a rejection. The stage-gate decision and a completion certificate are valid PAdES.
     */
    @Test
    void theDemoPcpIsInItsSecondPhaseAfterAStageGate() throws Exception {
        String buyer1 = api.token("buyer1", Api.DEMO_PASSWORD);
        List<JsonObject> contracts = expect(200, api.get("/api/v1/contracts", buyer1)).array().stream()
                .map(JsonValue::asJsonObject).filter(k -> k.getString("challengeTitle").equals(PCP)).toList();
        assertEquals(5, contracts.size(), "three in phase 1, two in phase 2");
        long challenge = contracts.get(0).getJsonNumber("challengeId").longValue();
        assertEquals("IN_EXECUTION", expect(200, api.get("/api/v1/challenges/" + challenge, null)).json()
                .getString("status"));

        // the awards: phase 1's to all three, the stage-gate decision for phase 2 selecting two
        List<JsonObject> awards = expect(200, api.get("/api/v1/challenges/" + challenge + "/awards", null)).array()
                .stream().map(JsonValue::asJsonObject).toList();
        assertEquals(2, awards.size(), awards.toString());
        JsonObject first = awards.stream().filter(a -> a.getInt("phase") == 1).findFirst().orElseThrow();
        assertFalse(first.getBoolean("stageGate"));
        assertEquals(3, first.getJsonArray("winners").size(), first.toString());
        JsonObject gate = awards.stream().filter(a -> a.getInt("phase") == 2).findFirst().orElseThrow();
        assertTrue(gate.getBoolean("stageGate"), gate.toString());
        assertEquals(java.util.Set.of("Politecnico di Milano", "Dati & Territorio S.p.A."), gate.getJsonArray(
                "winners").stream().map(w -> w.asJsonObject().getString("applicant")).collect(
                        java.util.stream.Collectors.toSet()));
        assertEquals(3, gate.getJsonArray("ranking").size(), "the three contractors judged");

        // phase 1 completed; phase 2 under way
        List<JsonObject> phase1 = contracts.stream().filter(k -> k.getInt("phase") == 1).toList();
        assertEquals(3, phase1.size());
        for (JsonObject k : phase1) {
            assertEquals("COMPLETED", k.getString("status"), k.toString());
            assertNotNull(k.getString("completionProtocol", null), k.toString());
            assertEquals(0, k.getJsonObject("money").getJsonNumber("remaining").bigDecimalValue().signum(),
                    "paid in full: " + k);
        }
        JsonObject university = contracts.stream().filter(k -> k.getInt("phase") == 2
                && k.getString("operatorName").equals("Politecnico di Milano")).findFirst().orElseThrow();
        assertEquals("SIGNED", university.getString("status"));
        assertEquals(List.of("ACCEPTED", "SUBMITTED", "PENDING"), university.getJsonArray("milestones").stream()
                .map(m -> m.asJsonObject().getString("status")).toList());
        assertEquals(1, university.getJsonArray("payments").size(), university.toString());
        assertEquals(44000.0, university.getJsonObject("money").getJsonNumber("paid").doubleValue(), 0.001);
        JsonObject second = university.getJsonArray("milestones").getJsonObject(1);
        assertEquals(2, second.getJsonArray("deliverables").size(), "rejected, then delivered again");
        assertTrue(second.getString("rejectionReason").contains("Oltrepò"), second.toString());
        assertTrue(university.getJsonObject("caller").getBoolean("mayDecide"), "buyer1 decides next");
        JsonObject sme = contracts.stream().filter(k -> k.getInt("phase") == 2
                && k.getString("operatorName").equals("Dati & Territorio S.p.A.")).findFirst().orElseThrow();
        assertEquals("SUBMITTED", sme.getJsonArray("milestones").getJsonObject(0).getString("status"));

        // the startup did not pass the stage gate, and was told
        String operator1 = api.token("operator1", Api.DEMO_PASSWORD);
        long proposal = expect(200, api.get("/api/v1/proposals", operator1)).array().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getJsonNumber("challengeId").longValue() == challenge)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject results = expect(200, api.get("/api/v1/proposals/" + proposal + "/results", operator1)).json();
        assertEquals("STAGE_NOT_AWARDED", results.getString("outcome"), results.toString());
        assertNotNull(results.getString("letterProtocol"));

        // the stage-gate decision and a completion certificate, for the independent validator
        X509Certificate root = root();
        for (String protocol : List.of(gate.getString("decisionProtocol"),
                phase1.get(0).getString("completionProtocol"))) {
            SimpleReport report = IndependentValidators.pades(api.bytes("/api/v1/documents/" + protocol, buyer1),
                    root);
            assertTrue(report.getSignaturesCount() >= 1, protocol + ": " + report);
            for (String sig : report.getSignatureIdList()) {
                assertEquals(Indication.TOTAL_PASSED, report.getIndication(sig), protocol + ": " + report);
            }
        }
    }

    private static String appealOf(Api.Reply results) {
        JsonObject r = results.json();
        return !r.containsKey("appeal") || r.isNull("appeal") ? "NONE" : r.getJsonObject("appeal").getString("status");
    }

    private static Optional<JsonObject> seat(JsonArray seats, String title) {
        return seats.stream().map(JsonValue::asJsonObject).filter(s -> s.getString("challengeTitle").startsWith(title)
                || s.getString("challengeTitle").equals(english(title))).findFirst();
    }

    private static String english(String italian) {
        return UNDER_EVALUATION.equals(italian) ? "Shorter queues at the registry offices"
                : "Structural monitoring of provincial bridges";
    }

    private X509Certificate root() throws Exception {
        byte[] pem = api.bytes("/api/v1/trust/ca.pem", null);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(pem));
    }
}
