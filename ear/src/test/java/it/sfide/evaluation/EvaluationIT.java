package it.sfide.evaluation;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.proposal.Drafts;
import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.testing.HostileFiles;
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
            if (operator.equals("operator2")) {   // a blind proposal that names its applicant
                String university = api.get("/api/v1/me", token).json().getJsonObject("organisation").getString("name");
                expect(200, api.put("/api/v1/proposals/" + id + "/sections", token,
                        Drafts.sections(marker).replace("Gruppo " + marker, "Gruppo di ricerca del " + university)));
            }
            drafts.submit(id, token, operator + marker);
            proposals.put(operator, id);
        }
        String buyer1 = drafts.token("buyer1");
        String buyer2 = drafts.token("buyer2");
        Map<String, String> tokens = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (String user : List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4", "buyer3")) {
            tokens.put(user, drafts.token(user));
            ids.put(user, api.get("/api/v1/me", tokens.get(user)).json().getJsonNumber("id").longValue());
            if (user.startsWith("evaluator")) {
                Experts.noAffiliations(api, tokens.get(user));
            }
        }
        String startup = api.get("/api/v1/me", drafts.token("operator1")).json().getJsonObject("organisation")
                .getString("name");
        // evaluator4 worked with the startup, and says so in their profile
        expect(200, api.put("/api/v1/me/expertise", tokens.get("evaluator4"), Json.createObjectBuilder()
                .add("themes", Json.createArrayBuilder().add("mobilita")).add("keywords", "sensori, " + marker)
                .add("affiliations", "Università di Pavia\n" + startup.toUpperCase()).build().toString()));
        String appointment = Json.createObjectBuilder().add("chairAccountId", ids.get("buyer3"))
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
                .add("chairAccountId", ids.get("buyer3"))
                .add("memberAccountIds", Json.createArrayBuilder().add(ids.get("evaluator1")))
                .add("scaleStep", 0.7).build().toString())).json();
        assertTrue(tooFew.toString().contains("evaluation.error.scale"), tooFew.toString());
        JsonObject committee = expect(201, api.post(path, buyer1, appointment)).json();
        long id = committee.getJsonNumber("id").longValue();
        String c = "/api/v1/committees/" + id;
        String chair = tokens.get("buyer3");   // an officer of another body: not the buying body's
        assertNotNull(committee.getString("appointmentProtocol"));
        assertEquals("UNDER_EVALUATION", api.get("/api/v1/challenges/" + challenge, null).json().getString("status"));
        assertCode("evaluation.error.alreadyAppointed", expect(409, api.post(path, buyer1, appointment)));
        byte[] appointed = api.bytes("/api/v1/documents/" + committee.getString("appointmentProtocol"), buyer1);
        SimpleReport sealed = IndependentValidators.pades(appointed, root());
        assertEquals(Indication.TOTAL_PASSED, sealed.getIndication(sealed.getFirstSignatureId()), sealed.toString());

        // outsiders: the same answer as for a committee that does not exist
        Api.Reply missing = expect(404, api.get("/api/v1/committees/999999999", drafts.token("operator1")));
        assertEquals(missing.body(), expect(404, api.get(c, drafts.token("operator1"))).body());
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
        for (String user : List.of("buyer3", "evaluator1", "evaluator2", "evaluator3", "evaluator4")) {
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
        assertTrue(signedDeclaration.getSignatureIdList().stream().map(signedDeclaration::getSignedBy)
                .anyMatch(by -> by != null && by.contains("Stefano Costa")), "signed by the member");

        // a member reads their own declaration and the appointment, not another member's declaration
        String pdf = "application/pdf, */*";
        assertEquals(200, api.get("/api/v1/documents/" + declaration, tokens.get("evaluator4"), pdf).status());
        assertEquals(200, api.get("/api/v1/documents/" + committee.getString("appointmentProtocol"),
                tokens.get("evaluator4"), pdf).status());
        assertEquals(403, api.get("/api/v1/documents/" + declaration, tokens.get("evaluator1"), pdf).status());

        // only the chair assigns; the assignment keeps every rule
        expect(403, api.post(c + "/assignments", tokens.get("evaluator1"), ""));
        expect(403, api.post(c + "/assignments", buyer1, ""));
        JsonObject board = expect(200, api.post(c + "/assignments", chair, "")).json();
        assertTrue(board.getInt("maxLoad") - board.getInt("minLoad") <= 1, board.toString());
        for (JsonValue v : board.getJsonArray("rows")) {
            JsonArray assigned = v.asJsonObject().getJsonArray("assigned");
            assertEquals(3, assigned.size(), v.toString());
            if (v.asJsonObject().getJsonNumber("candidateId").longValue() == startupCandidate) {
                assertTrue(assigned.stream().noneMatch(a -> a.asJsonObject().getJsonNumber("memberId").longValue()
                        == memberId(board, "Stefano Costa")), "never the conflicted member: " + v);
            }
        }
        Api.Reply broken = expect(422, api.post(c + "/assignments/add", chair, Json.createObjectBuilder()
                .add("candidateId", startupCandidate).add("memberId", memberId(board, "Stefano Costa")).build()
                .toString()));
        assertCode("evaluation.error.rule.conflict", broken);
        assertTrue(broken.body().contains("conflitto"), "says which rule: " + broken.body());

        // the chair is warned where a blind proposal names its applicant, without being told the name
        JsonArray warnings = expect(200, api.get(c + "/anonymity", chair)).array();
        long universityCandidate = candidateOf.get(String.valueOf(proposals.get("operator2")));
        JsonObject warning = warnings.stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getJsonNumber("candidateId").longValue() == universityCandidate).findFirst()
                .orElseThrow(() -> new AssertionError("no warning: " + warnings));
        assertEquals("sections", warning.getString("where"));
        assertEquals(0, warning.getJsonArray("names").size(), "the chair of a blind committee is not told who");
        assertTrue(expect(200, api.get(c + "/anonymity", buyer1)).body().contains("Politecnico"), "officers are");
        expect(404, api.get(c + "/anonymity", tokens.get("evaluator1")));

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

        // every evaluator submits: the startup's proposal 4 / 3.5 (76 points), the university's 3 / 5 (76, a tie
        // the first criterion breaks), the SME's 3.5 / 2 — which the chair will bring down to 2, with a reason,
        // under the first criterion's threshold (30 of 60 points)
        Map<Long, double[]> target = new HashMap<>();
        target.put(candidateOf.get(String.valueOf(proposals.get("operator1"))), new double[] {4, 3.5});
        target.put(candidateOf.get(String.valueOf(proposals.get("operator2"))), new double[] {3, 5});
        long sme = candidateOf.get(String.valueOf(proposals.get("operator3")));
        target.put(sme, new double[] {3.5, 2});
        for (String user : List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4")) {
            for (JsonValue v : api.get(c, tokens.get(user)).json().getJsonArray("candidates")) {
                long cand = v.asJsonObject().getJsonNumber("id").longValue();
                double[] t = target.get(cand);
                String r = c + "/proposals/" + cand + "/report";
                if ("SUBMITTED".equals(api.get(r, tokens.get(user)).json().getString("status"))) {
                    expect(200, api.post(r + "/revision", tokens.get(user), "{\"reason\":\"Allineato dopo la "
                            + "rilettura\",\"scores\":" + scoreArray(t[0], t[1], 40) + "}"));
                } else {
                    expect(200, api.post(r + "/submission", tokens.get(user), scores(t[0], t[1], 40)));
                }
            }
        }
        // nobody but the chair sees the reports side by side
        expect(403, api.get(c + "/consensus", tokens.get("evaluator1")));
        expect(404, api.get(c + "/consensus", drafts.token("operator1")));
        JsonObject sideBySide = expect(200, api.get(c + "/consensus", chair)).json();
        assertEquals(3, sideBySide.getJsonArray("proposals").size());
        assertTrue(sideBySide.getJsonArray("proposals").stream().allMatch(p -> p.asJsonObject()
                .getBoolean("complete")), sideBySide.toString());
        assertEquals(3, sideBySide.getJsonArray("proposals").getJsonObject(0).getJsonArray("reports").size());
        assertFalse(sideBySide.getBoolean("rankable"));
        // a page of a list: the figures stay the whole committee's, the page holds what was asked
        JsonObject toPropose = expect(200, api.get(c + "/consensus?show=to-propose&size=2&page=1", chair)).json();
        assertEquals(3, toPropose.getInt("matching"));
        assertEquals(3, toPropose.getJsonObject("progress").getInt("toPropose"));
        assertEquals(0, toPropose.getJsonObject("progress").getInt("agreed"));
        assertEquals(1, toPropose.getJsonArray("proposals").size(), "the second page of two holds the third");
        assertEquals(sideBySide.getJsonArray("proposals").getJsonObject(2).getString("code"),
                toPropose.getJsonArray("proposals").getJsonObject(0).getString("code"), "in code order");
        assertEquals(sideBySide.getJsonArray("calibration"), toPropose.getJsonArray("calibration"));
        assertEquals(0, expect(200, api.get(c + "/consensus?show=FINAL", chair)).json().getInt("matching"));
        assertField("show", "evaluation.error.show", expect(422, api.get(c + "/consensus?show=best", chair)));
        assertField("size", "evaluation.error.pageSize", expect(422, api.get(c + "/consensus?size=500", chair)));
        assertField("page", "evaluation.error.page", expect(422, api.get(c + "/consensus?page=-1", chair)));
        assertCode("evaluation.error.notAllFinal", expect(409, api.post(c + "/ranking", chair, "")));

        // a consensus departing from the mean by more than the tolerance needs its reason
        String smeConsensus = c + "/proposals/" + sme + "/consensus";
        assertField("consensus[1].reason", "evaluation.error.consensusReason", expect(422, api.put(smeConsensus,
                chair, consensus(2, 2, null))));
        expect(200, api.put(smeConsensus, chair, consensus(2, 2, "La sperimentazione proposta non è fattibile nei "
                + "tempi del bando")));
        for (Map.Entry<Long, double[]> e : target.entrySet()) {
            if (e.getKey() != sme) {
                expect(200, api.put(c + "/proposals/" + e.getKey() + "/consensus", chair,
                        consensus(e.getValue()[0], e.getValue()[1], null)));
            }
        }
        assertField("dissent", "evaluation.error.dissentRequired", expect(422, api.post(smeConsensus + "/answer",
                tokens.get(firstEvaluatorOf(sideBySide, sme)), "{\"agree\":false}")));
        boolean dissented = false;
        for (String user : List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4")) {
            for (JsonValue v : api.get(c, tokens.get(user)).json().getJsonArray("candidates")) {
                long cand = v.asJsonObject().getJsonNumber("id").longValue();
                boolean dissent = cand == sme && !dissented;
                dissented |= dissent;
                JsonObject answer = expect(200, api.post(c + "/proposals/" + cand + "/consensus/answer",
                        tokens.get(user), dissent ? "{\"agree\":false,\"dissent\":\"Il punteggio del primo "
                                + "criterio è troppo severo\"}" : "{\"agree\":true}")).json();
                assertEquals(2, answer.getJsonArray("lines").size());
            }
        }

        // the ranking: the tie goes to the higher first criterion; the SME is under a threshold
        JsonObject ranked = expect(200, api.post(c + "/ranking", chair, "")).json();
        assertEquals("REPORTED", ranked.getString("status"));
        assertEquals("RANKED", api.get("/api/v1/challenges/" + challenge, null).json().getString("status"),
                "the challenge's ranking is ready for the buyer");
        Map<Long, JsonObject> byCandidate = new HashMap<>();
        ranked.getJsonArray("candidates").forEach(v -> byCandidate.put(v.asJsonObject().getJsonNumber("id")
                .longValue(), v.asJsonObject()));
        long startupId = candidateOf.get(String.valueOf(proposals.get("operator1")));
        long universityId = candidateOf.get(String.valueOf(proposals.get("operator2")));
        assertEquals(1, byCandidate.get(startupId).getInt("rank"));
        assertEquals(2, byCandidate.get(universityId).getInt("rank"));
        assertEquals(76.0, byCandidate.get(universityId).getJsonNumber("total").doubleValue(), 0.001);
        assertTrue(byCandidate.get(sme).isNull("rank"));
        assertFalse(byCandidate.get(sme).getBoolean("fundable"));

        // the award waits for every signature on the committee report
        String award = c + "/award";
        String winner = "{\"winners\":[{\"candidateId\":" + startupId + ",\"amount\":100000}]}";
        assertCode("evaluation.error.reportUnsigned", expect(409, api.post(award, buyer1, winner)));
        for (String user : List.of("buyer3", "evaluator1", "evaluator2", "evaluator3", "evaluator4")) {
            signCommitteeReport(tokens.get(user));
        }
        String reportProtocol = expect(200, api.get(c, buyer1)).json().getString("reportProtocol");
        SimpleReport signedReport = IndependentValidators.pades(api.bytes("/api/v1/documents/" + reportProtocol,
                tokens.get("evaluator2")), root());   // every member reads the report they signed
        assertEquals(6, signedReport.getSignaturesCount(), "the body's seal, the chair and four evaluators");
        for (String sig : signedReport.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, signedReport.getIndication(sig), signedReport.toString());
        }

        // only officers award, within the rules
        expect(403, api.post(award, tokens.get("evaluator1"), winner));
        assertField("winners[0].candidateId", "evaluation.error.notRanked", expect(422, api.post(award, buyer1, "{\"winners\":[{\"candidateId\":"
                + sme + ",\"amount\":1000}]}")));
        assertField("winners", "evaluation.error.overBudget", expect(422, api.post(award, buyer1, "{\"winners\":[{\"candidateId\":"
                + startupId + ",\"amount\":900000}]}")));
        JsonObject awarded = expect(200, api.post(award, buyer1, winner)).json();
        assertEquals(1, awarded.getInt("revision"));
        assertEquals("AWARDED", api.get("/api/v1/challenges/" + challenge, null).json().getString("status"));
        JsonArray published = expect(200, api.get("/api/v1/challenges/" + challenge + "/awards", null)).array();
        assertEquals(startup, published.getJsonObject(0).getJsonArray("winners").getJsonObject(0)
                .getString("applicant"));
        assertEquals(2, published.getJsonObject(0).getJsonArray("ranking").size());
        String page = api.getAny("/challenges/view.xhtml?id=" + challenge).body();
        assertTrue(page.contains("Graduatoria e aggiudicazione") && page.contains(startup.replace("&", "&amp;")),
                "the challenge page publishes the ranking and the award");

        // every applicant gets its own letter, and only its own
        JsonObject smeResults = expect(200, api.get("/api/v1/proposals/" + proposals.get("operator3") + "/results",
                drafts.token("operator3"))).json();
        assertEquals("NOT_FUNDABLE", smeResults.getString("outcome"));
        assertTrue(smeResults.getBoolean("mayAppeal"));
        String letter = smeResults.getString("letterProtocol");
        String letterText = text(api.bytes("/api/v1/documents/" + letter, drafts.token("operator3")));
        assertTrue(letterText.replaceAll("\\s+", " ").contains("descritta con chiarezza"), letterText);
        assertFalse(letterText.contains(startup), "no other applicant in a letter");
        expect(404, api.get("/api/v1/proposals/" + proposals.get("operator3") + "/results", drafts.token("operator1")));
        assertTrue(api.get("/api/v1/documents/" + letter, drafts.token("operator1")).status() >= 403);
        assertTrue(outbox("operator3").stream().anyMatch(m -> m.getString("subject").contains("Esito")),
                "the SME is told");

        // one appeal, accepted: the SME's consensus is reopened and the award re-issued
        String appeal = "/api/v1/proposals/" + proposals.get("operator3") + "/appeal";
        assertField("text", "evaluation.error.appealText", expect(422, api.post(appeal, drafts.token("operator3"),
                "{\"text\":\" \"}")));
        long appealId = expect(201, api.post(appeal, drafts.token("operator3"), "{\"text\":\"La commissione non "
                + "ha considerato l'allegato tecnico sulla sperimentazione.\"}")).json().getJsonNumber("id")
                .longValue();
        assertCode("evaluation.error.appealTwice", expect(409, api.post(appeal, drafts.token("operator3"),
                "{\"text\":\"Di nuovo\"}")));
        expect(201, api.upload(appeal + "/files", drafts.token("operator3"), "allegato.pdf",
                Drafts.pdf("Allegato al ricorso", 1), "application/pdf"));
        // an appeal's files are checked as a proposal's: no scripts, embedded files, bombs or disguised files
        for (var active : HostileFiles.activePdfs().entrySet()) {
            assertCode("document.error.fileActive", expect(422, api.upload(appeal + "/files",
                    drafts.token("operator3"), active.getKey(), active.getValue(), "application/pdf")));
        }
        assertCode("proposal.error.fileNotPdf", expect(422, api.upload(appeal + "/files", drafts.token("operator3"),
                "ricorso.pdf", HostileFiles.zipBomb(300), "application/pdf")));
        assertCode("proposal.error.fileEncrypted", expect(422, api.upload(appeal + "/files",
                drafts.token("operator3"), "cifrato.pdf", Drafts.encryptedPdf(), "application/pdf")));
        JsonObject lodged = expect(200, api.get(appeal, drafts.token("operator3"))).json();
        assertEquals(1, lodged.getJsonArray("files").size(), "nothing refused was kept: " + lodged);
        expect(404, api.post(c + "/appeals/" + appealId + "/decision", drafts.token("operator3"),
                "{\"accepted\":true,\"reason\":\"x\"}"));
        JsonObject decision = expect(200, api.post(c + "/appeals/" + appealId + "/decision", buyer1,
                "{\"accepted\":true,\"reason\":\"L'allegato tecnico dimostra la fattibilità\"}")).json();
        assertEquals("ACCEPTED", decision.getString("status"));
        SimpleReport decided = IndependentValidators.pades(api.bytes("/api/v1/documents/"
                + decision.getString("decisionProtocol"), drafts.token("operator3")), root());
        assertEquals(Indication.TOTAL_PASSED, decided.getIndication(decided.getFirstSignatureId()));
        assertEquals("CONSENSUS", api.get(c, buyer1).json().getString("status"));
        expect(200, api.put(smeConsensus, chair, consensus(3.5, 2, null)));    // 58 points: still under 60
        for (String user : List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4")) {
            boolean onIt = api.get(c, tokens.get(user)).json().getJsonArray("candidates").stream()
                    .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == sme);
            if (onIt) {
                expect(200, api.post(smeConsensus + "/answer", tokens.get(user), "{\"agree\":true}"));
            }
        }
        expect(200, api.post(c + "/ranking", chair, ""));
        for (String user : List.of("buyer3", "evaluator1", "evaluator2", "evaluator3", "evaluator4")) {
            signCommitteeReport(tokens.get(user));
        }
        assertField("reason", "evaluation.error.reasonRequired", expect(422, api.post(award, buyer1, winner)));
        JsonObject reissued = expect(200, api.post(award, buyer1, "{\"reason\":\"Ricorso accolto: rivalutata la "
                + "proposta P\",\"winners\":[{\"candidateId\":" + startupId + ",\"amount\":100000}]}")).json();
        assertEquals(2, reissued.getInt("revision"));
        assertEquals(58.0, expect(200, api.get("/api/v1/proposals/" + proposals.get("operator3") + "/results",
                drafts.token("operator3"))).json().getJsonNumber("total").doubleValue(), 0.001);
    }

    private void signCommitteeReport(String token) {
        JsonArray pending = expect(200, api.get("/api/v1/signatures", token)).array();
        for (JsonValue v : pending) {
            expect(200, api.post("/api/v1/signatures/" + v.asJsonObject().getJsonNumber("id").longValue(), token,
                    "{\"password\":\"" + Api.DEMO_PASSWORD + "\"}"));
        }
    }

    private static String firstEvaluatorOf(JsonObject board, long candidate) {
        String name = board.getJsonArray("proposals").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("candidateId").longValue() == candidate).findFirst().orElseThrow()
                .getJsonArray("reports").getJsonObject(0).getString("evaluator");
        return switch (name) {
            case "Anna Moretti" -> "evaluator1";
            case "Davide Romano" -> "evaluator2";
            case "Chiara Gallo" -> "evaluator3";
            default -> "evaluator4";
        };
    }

    private static String consensus(double first, double second, String reason) {
        var one = Json.createObjectBuilder().add("criterion", 1).add("score", first)
                .add("comment", "La soluzione è descritta con chiarezza");
        if (reason != null) {
            one.add("reason", reason);
        }
        return Json.createObjectBuilder().add("scores", Json.createArrayBuilder().add(one)
                .add(Json.createObjectBuilder().add("criterion", 2).add("score", second)
                        .add("comment", "Impatto atteso sui comuni coinvolti"))).build().toString();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private List<JsonObject> outbox(String user) {
        return api.get("/api/v1/admin/outbox?max=200&recipient=" + user + "@demo.sfide.localhost",
                drafts.token("admin")).array().stream().map(JsonValue::asJsonObject).toList();
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
