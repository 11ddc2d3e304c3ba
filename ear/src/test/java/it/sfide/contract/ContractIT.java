package it.sfide.contract;

import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.evaluation.AwardFixture;
import it.sfide.proposal.Drafts;
import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.testing.HostileFiles;
import it.sfide.validation.IndependentValidators;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A contract from a fresh award ({@link AwardFixture}: Regione Lombardia's challenge won by Politecnico di Milano,
 * operator2's university, for 120,000 €, over the startup) through the API: drafted from the award by an officer,
 * refused edits, issued, signed by the body's officer and the university's legal representative on the platform
 * (every signature valid for the independent validator), deliverables refused, rejected and accepted with a signed
 * acceptance, payments refused and recorded, the CSV for the accounting. Outsiders get the answer of a contract
 * that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    @Test
    void aContractIsDraftedFromTheAwardSignedByBothPartiesDeliveredAcceptedAndPaid() throws Exception {
        String buyer1 = api.token("buyer1", Api.DEMO_PASSWORD);
        String buyer2 = api.token("buyer2", Api.DEMO_PASSWORD);
        String buyer3 = api.token("buyer3", Api.DEMO_PASSWORD);
        String operator1 = api.token("operator1", Api.DEMO_PASSWORD);
        String operator2 = api.token("operator2", Api.DEMO_PASSWORD);
        long challenge = AwardFixture.award(api, new Drafts(api), List.of("operator1", "operator2"), "operator2",
                120000).challengeId();

        // only the buying body's officers draft, from the award
        String phase = "/api/v1/challenges/" + challenge + "/phases/1/contracts";
        expect(403, api.post(phase, operator2, ""));
        expect(403, api.post(phase, buyer3, ""));
        assertCode("contract.error.notAwarded", expect(409, api.post("/api/v1/challenges/" + challenge
                + "/phases/2/contracts", buyer1, "")));
        List<JsonObject> drafted = expect(201, api.post(phase, buyer1, "")).array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(1, drafted.size(), "one winner, one contract");
        assertEquals(1, expect(201, api.post(phase, buyer1, "")).array().size(), "never twice");
        JsonObject draft = drafted.get(0);
        long id = draft.getJsonNumber("id").longValue();
        String c = "/api/v1/contracts/" + id;
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("Politecnico di Milano", draft.getString("operatorName"));
        assertEquals(120000.0, draft.getJsonNumber("value").doubleValue(), 0.001);
        assertEquals(2, draft.getJsonArray("milestones").size());

        // outsiders: the same answer as a contract that does not exist
        Api.Reply missing = expect(404, api.get("/api/v1/contracts/999999999", operator1));
        assertEquals(missing.body(), expect(404, api.get(c, operator1)).body());
        expect(404, api.get(c, buyer3));
        expect(403, api.get(c, api.token("evaluator1", Api.DEMO_PASSWORD)));
        assertTrue(expect(200, api.get("/api/v1/contracts", operator2)).array().stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id), "the winner's list");

        // a wrong edit is refused field by field and changes nothing; the operator does not edit
        LocalDate start = LocalDate.parse(draft.getString("startsOn"));
        LocalDate end = start.plusMonths(9);
        JsonObject bad = expect(422, api.put(c, buyer1, form("", 130000, start, end,
                milestone("Progetto esecutivo", start.plusMonths(2), 40000),
                milestone("Prototipo", end.plusDays(1), 50000)))).json();
        assertField(bad, "object", "contract.error.objectRequired");
        assertField(bad, "value", "contract.error.overAward");
        assertField(bad, "milestones[2].dueOn", "contract.error.dueOn");
        JsonObject sum = expect(422, api.put(c, buyer1, form("Monitoraggio di 40 ponti", 120000, start, end,
                milestone("Progetto esecutivo", start.plusMonths(2), 40000),
                milestone("Prototipo", end, 50000)))).json();
        assertField(sum, "milestones", "contract.error.schedule");
        assertEquals(2, expect(200, api.get(c, buyer1)).json().getJsonArray("milestones").size(), "unchanged");
        String good = form("Monitoraggio strutturale di 40 ponti con sensori in fibra ottica", 120000, start, end,
                milestone("Progetto esecutivo", start.plusMonths(2), 30000),
                milestone("Installazione su 10 ponti", start.plusMonths(5), 40000),
                milestone("Collaudo e dati aperti", end, 50000));
        expect(403, api.put(c, operator2, good));
        JsonObject edited = expect(200, api.put(c, buyer1, good)).json();
        assertEquals(3, edited.getJsonArray("milestones").size());
        assertEquals(end.toString(), edited.getString("endsOn"));

        // issued; the body signs first, then the university's legal representative
        String sign = c + "/signature";
        assertCode("contract.error.wrongState", expect(409, api.post(sign, buyer1, password())));
        JsonObject issued = expect(200, api.post(c + "/issue", buyer1, "")).json();
        assertEquals("ISSUED", issued.getString("status"));
        assertNotNull(issued.getString("protocol"));
        expect(409, api.put(c, buyer1, good));
        assertCode("contract.error.buyerFirst", expect(409, api.post(sign, operator2, password())));
        JsonObject wrong = expect(422, api.post(sign, buyer2, "{\"password\":\"not-the-password\"}")).json();
        assertEquals("password", wrong.getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals("ISSUED", expect(200, api.get(c, buyer1)).json().getString("status"), "nothing signed");
        assertEquals("BUYER_SIGNED", expect(200, api.post(sign, buyer2, password())).json().getString("status"));
        JsonObject signed = expect(200, api.post(sign, operator2, password())).json();
        assertEquals("SIGNED", signed.getString("status"));
        assertEquals("PLATFORM", signed.getString("operatorSignature"));
        assertEquals("Elena Ricci", signed.getString("operatorSigner"));
        SimpleReport report = IndependentValidators.pades(api.bytes(c + "/document", operator2), root());
        assertEquals(3, report.getSignaturesCount(), "the body's seal, its officer and the legal representative");
        for (String sig : report.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(sig), report.toString());
        }
        List<String> signers = report.getSignatureIdList().stream().map(report::getSignedBy).toList();
        assertTrue(signers.stream().anyMatch(s -> s.contains("Marco Rossi")), signers.toString());
        assertTrue(signers.stream().anyMatch(s -> s.contains("Elena Ricci")), signers.toString());

        // deliverables: refused input changes nothing, then a rejection with reasons, then the acceptance
        String deliver = c + "/milestones/1/deliverables";
        byte[] pdf = Drafts.pdf("Progetto esecutivo del monitoraggio", 2);
        expect(403, api.multipart(deliver, buyer1, List.of(Api.Part.field("report", "x"),
                Api.Part.file("progetto.pdf", "application/pdf", pdf))));
        expect(404, api.multipart(deliver, operator1, List.of(Api.Part.field("report", "x"),
                Api.Part.file("progetto.pdf", "application/pdf", pdf))));
        assertField(expect(422, api.multipart(deliver, operator2, List.of(Api.Part.file("progetto.pdf",
                "application/pdf", pdf)))).json(), "report", "contract.error.reportRequired");
        assertField(expect(422, api.multipart(deliver, operator2, List.of(Api.Part.field("report", "Consegna"),
                Api.Part.file("setup.exe", "application/octet-stream", pdf)))).json(), "files",
                "contract.error.fileType");
        for (var active : HostileFiles.activePdfs().entrySet()) {
            assertCode("document.error.fileActive", expect(422, api.multipart(deliver, operator2, List.of(
                    Api.Part.field("report", "Consegna"), Api.Part.file(active.getKey(), "application/pdf",
                            active.getValue())))));
        }
        assertEquals("PENDING", milestone(expect(200, api.get(c, operator2)).json(), 1).getString("status"));
        JsonObject delivered = expect(201, api.multipart(deliver, operator2, List.of(
                Api.Part.field("report", "Progetto esecutivo con il piano di installazione dei sensori."),
                Api.Part.file("progetto-esecutivo.pdf", "application/pdf", pdf),
                Api.Part.file("elenco-ponti.csv", "text/csv", "ponte;provincia\nPonte sul Ticino;PV\n"
                        .getBytes(StandardCharsets.UTF_8))))).json();
        assertEquals("SUBMITTED", milestone(delivered, 1).getString("status"));
        assertEquals(2, milestone(delivered, 1).getJsonArray("deliverables").getJsonObject(0).getJsonArray("files")
                .size());
        assertCode("contract.error.alreadySubmitted", expect(409, api.multipart(deliver, operator2, List.of(
                Api.Part.field("report", "Di nuovo"), Api.Part.file("p.pdf", "application/pdf", pdf)))));
        String m1 = c + "/milestones/1";
        expect(403, api.post(m1 + "/acceptance", operator2, ""));
        assertField(expect(422, api.post(m1 + "/rejection", buyer1, "{\"reason\":\" \"}")).json(), "reason",
                "contract.error.reasonRequired");
        JsonObject rejected = expect(200, api.post(m1 + "/rejection", buyer1,
                "{\"reason\":\"Manca il cronoprogramma delle installazioni.\"}")).json();
        assertEquals("REJECTED", milestone(rejected, 1).getString("status"));
        expect(201, api.multipart(deliver, operator2, List.of(Api.Part.field("report",
                "Aggiunto il cronoprogramma delle installazioni."), Api.Part.file("progetto-v2.pdf",
                "application/pdf", Drafts.pdf("Progetto esecutivo con cronoprogramma", 3)))));
        JsonObject accepted = expect(200, api.post(m1 + "/acceptance", buyer1, "")).json();
        JsonObject first = milestone(accepted, 1);
        assertEquals("ACCEPTED", first.getString("status"));
        assertEquals(2, first.getJsonArray("deliverables").size(), "both rounds kept");
        SimpleReport acceptance = IndependentValidators.pades(api.bytes("/api/v1/documents/"
                + first.getString("acceptanceProtocol"), operator2), root());
        assertEquals(Indication.TOTAL_PASSED, acceptance.getIndication(acceptance.getFirstSignatureId()));
        long fileId = first.getJsonArray("deliverables").getJsonObject(1).getJsonArray("files").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertTrue(new String(api.bytes(c + "/files/" + fileId, buyer1), 0, 5, StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        expect(404, api.get(c + "/files/" + fileId, operator1));

        // payments: only against accepted milestones, never beyond what remains; the accounting's CSV
        String pay = c + "/payments";
        assertField(expect(422, api.post(pay, buyer1, payment(2, "1000", "Mandato 2027/1"))).json(), "milestone",
                "contract.error.notAccepted");
        assertField(expect(422, api.post(pay, buyer1, payment(1, "30000.01", "Mandato 2027/1"))).json(), "amount",
                "contract.error.overMilestone");
        expect(403, api.post(pay, operator2, payment(1, "1000", "x")));
        JsonObject paid = expect(201, api.post(pay, buyer1, payment(1, "20000", "=HYPERLINK(\"http://x\")")))
                .json();
        assertEquals(20000.0, paid.getJsonObject("money").getJsonNumber("paid").doubleValue(), 0.001);
        assertEquals(10000.0, paid.getJsonObject("money").getJsonNumber("due").doubleValue(), 0.001);
        assertEquals(100000.0, paid.getJsonObject("money").getJsonNumber("remaining").doubleValue(), 0.001);
        expect(201, api.post(pay, buyer1, payment(1, "10000", "Mandato 2027/2")));
        assertField(expect(422, api.post(pay, buyer1, payment(1, "0.01", "Mandato 2027/3"))).json(), "amount",
                "contract.error.overMilestone");
        String csv = new String(api.bytes(c + "/payments.csv", buyer1), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "a byte order mark for spreadsheets");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "the formula is neutralised: " + csv);
        assertTrue(csv.contains("\"Mandato 2027/2\""), csv);
        assertTrue(new String(api.bytes("/api/v1/contracts/payments.csv", buyer1), StandardCharsets.UTF_8)
                .contains("Mandato 2027/2"), "the body's whole accounting");
        expect(403, api.get("/api/v1/contracts/payments.csv", operator2));
    }

    /**
     * A pre-commercial procurement from start to end. Phase 1 goes to three contractors: the startup's legal
     * representative signs outside the portal as PAdES, the SME's as a CAdES .p7m, the university's on the
     * platform (refused first: a provider not yet trusted, a signer who is not a legal representative, a byte
     * changed in what the body signed, an upload by another organisation). Deliverables rejected and accepted,
     * payments refused for an unaccepted milestone and beyond the remaining value, every contract completed; the
     * stage gate is refused until then. The first stage gate selects two (the startup gets its letter), the second
     * one; the last contract completed completes the challenge. Every document the portal issued is PAdES LT for the
     * independent validator.
     */
    @Test
    void aPcpGoesFromThreeContractorsThroughTwoStageGatesToCompletion() throws Exception {
        Drafts drafts = new Drafts(api);
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        long challenge = new it.sfide.challenge.Challenges(api).published(it.sfide.challenge.Challenges.pcp(
                it.sfide.challenge.Challenges.word(), deadline)).getJsonNumber("id").longValue();
        AwardFixture.Awarded awarded = AwardFixture.award(api, drafts, challenge, deadline,
                List.of("operator1", "operator2", "operator3"),
                java.util.Map.of("operator1", 40000, "operator2", 50000, "operator3", 45000));
        String buyer1 = api.token("buyer1", Api.DEMO_PASSWORD);
        String operator1 = api.token("operator1", Api.DEMO_PASSWORD);
        String operator2 = api.token("operator2", Api.DEMO_PASSWORD);
        String operator3 = api.token("operator3", Api.DEMO_PASSWORD);
        String admin = api.token("admin", Api.DEMO_PASSWORD);
        String status = "/api/v1/challenges/" + challenge;
        assertEquals("AWARDED", expect(200, api.get(status, buyer1)).json().getString("status"));
        java.util.Map<Long, String> byOperator = phaseContracts(challenge, 1, buyer1);
        assertEquals(3, byOperator.size(), "one contract per contractor");
        String startup = byOperator.get(api.organisationOf(operator1));
        String university = byOperator.get(api.organisationOf(operator2));
        String sme = byOperator.get(api.organisationOf(operator3));
        List<String> documents = new java.util.ArrayList<>();

        // the university's legal representative signs on the platform: the challenge is in execution
        expect(200, api.post(university + "/signature", operator2, password()));
        assertEquals("IN_EXECUTION", expect(200, api.get(status, buyer1)).json().getString("status"));

        // the startup's and the SME's sign outside the portal
        it.sfide.document.control.ExternalPki provider = new it.sfide.document.control.ExternalPki(
                "Firme " + it.sfide.testing.TestData.unique(), java.time.Instant.now());
        var ferrari = provider.person("Luca", "Ferrari", "FRRLCU80A01F205N");
        var greco = provider.person("Paolo", "Greco", "GRCPLA80A01F205V");
        var intruder = provider.person("Mario", "Rossi", "RSSMRA80A01H501U");
        byte[] startupPdf = api.bytes(startup + "/document", operator1);
        byte[] signedByFerrari = provider.pades(startupPdf, ferrari, null);
        assertCode("document.error.external.untrusted", expect(422, api.upload(startup + "/signed-copy", operator1,
                "contratto-firmato.pdf", signedByFerrari, "application/pdf")));
        Api.Reply anchor = expect(201, api.upload("/api/v1/admin/trust-anchors", admin, "ca.der",
                provider.ca.getEncoded(), "application/pkix-cert"));
        long anchorId = anchor.json().getJsonNumber("id").longValue();
        try {
            JsonObject wrong = expect(422, api.upload(startup + "/signed-copy", operator1, "contratto.pdf",
                    provider.pades(startupPdf, intruder, null), "application/pdf")).json();
            assertTrue(wrong.getString("code").startsWith("document.error.external."), wrong.toString());
            byte[] tampered = signedByFerrari.clone();
            int at = indexOf(tampered, "Consegna".getBytes(StandardCharsets.ISO_8859_1));
            tampered[at > 0 ? at : 1000] ^= 1;
            JsonObject altered = expect(422, api.upload(startup + "/signed-copy", operator1, "contratto.pdf", tampered,
                    "application/pdf")).json();
            assertTrue(altered.getString("code").startsWith("document.error.external."), altered.toString());
            expect(404, api.upload(startup + "/signed-copy", operator3, "contratto.pdf", signedByFerrari,
                    "application/pdf"));
            byte[] unsigned = api.bytes(sme + "/document", operator3);
            assertTrue(expect(422, api.upload(sme + "/signed-copy", operator3, "contratto.pdf", Drafts.pdf(
                    "Un altro contratto", 1), "application/pdf")).json().getString("code").startsWith("document.error"),
                    "a foreign PDF");
            assertEquals("BUYER_SIGNED", expect(200, api.get(startup, operator1)).json().getString("status"),
                    "nothing changed");

            JsonObject pades = expect(200, api.upload(startup + "/signed-copy", operator1, "contratto.pdf",
                    signedByFerrari, "application/pdf")).json();
            assertEquals("SIGNED", pades.getString("status"));
            assertEquals("PADES", pades.getString("operatorSignature"));
            assertTrue(pades.getString("operatorSigner").toUpperCase(java.util.Locale.ROOT).contains("FERRARI"),
                    pades.toString());
            assertTrue(java.util.Arrays.equals(signedByFerrari, api.bytes(startup + "/document", buyer1)),
                    "the contract's document is the upload, both signatures in it");
            assertCode("contract.error.wrongState", expect(409, api.upload(startup + "/signed-copy", operator1,
                    "contratto.pdf", signedByFerrari, "application/pdf")));

            byte[] p7m = provider.cades(unsigned, true, null, greco);
            JsonObject cades = expect(200, api.upload(sme + "/signed-copy", operator3, "contratto.pdf.p7m", p7m,
                    "application/pkcs7-mime")).json();
            assertEquals("CADES", cades.getString("operatorSignature"));
            assertTrue(cades.getString("operatorSigner").toUpperCase(java.util.Locale.ROOT).contains("GRECO"),
                    cades.toString());
            assertTrue(java.util.Arrays.equals(p7m, api.bytes(sme + "/document", buyer1)), "the .p7m is the contract");
        } finally {
            expect(204, api.delete("/api/v1/admin/trust-anchors/" + anchorId, admin));
        }
        documents.add(expect(200, api.get(university, buyer1)).json().getString("protocol"));

        // the startup's first delivery is rejected and delivered again; payments only against what is accepted
        deliver(startup, 1, operator1);
        expect(200, api.post(startup + "/milestones/1/rejection", buyer1,
                "{\"reason\":\"Manca l'analisi dei rischi del sito pilota.\"}"));
        assertField(expect(422, api.post(startup + "/payments", buyer1, payment(1, "1000", "Mandato PCP/1")))
                .json(), "milestone", "contract.error.notAccepted");
        deliver(startup, 1, operator1);
        documents.add(accept(startup, 1, buyer1));
        JsonObject first = milestone(expect(200, api.get(startup, buyer1)).json(), 1);
        String amount = first.getJsonNumber("amount").bigDecimalValue().toPlainString();
        expect(201, api.post(startup + "/payments", buyer1, payment(1, amount, "Mandato PCP/1")));
        assertField(expect(422, api.post(startup + "/payments", buyer1, payment(1, "0.01", "Mandato PCP/2")))
                .json(), "amount", "contract.error.overMilestone");
        deliver(startup, 2, operator1);
        documents.add(accept(startup, 2, buyer1));
        JsonObject startupNow = expect(200, api.get(startup, buyer1)).json();
        java.math.BigDecimal remaining = startupNow.getJsonObject("money").getJsonNumber("remaining")
                .bigDecimalValue();
        assertField(expect(422, api.post(startup + "/payments", buyer1, payment(2, remaining.add(
                java.math.BigDecimal.ONE).toPlainString(), "Mandato PCP/3"))).json(), "amount",
                "contract.error.overValue");
        expect(201, api.post(startup + "/payments", buyer1, payment(2, remaining.toPlainString(), "Mandato PCP/3")));

        // the stage gate waits until every contract of phase 1 is completed
        String gate2 = "/api/v1/challenges/" + challenge + "/phases/2/committee";
        String committeeForm = "{\"chairAccountId\":" + api.get("/api/v1/me", api.token("buyer3",
                Api.DEMO_PASSWORD)).json().getJsonNumber("id") + ",\"memberAccountIds\":[],\"evaluatorsPerProposal\":1}";
        assertCode("contract.error.milestonesOpen", expect(409, api.post(university + "/completion", buyer1,
                "{}")));
        expect(403, api.post(startup + "/completion", operator1, "{}"));
        documents.add(complete(startup, buyer1));
        assertCode("evaluation.error.phaseNotCompleted", expect(409, api.post(gate2, buyer1, committeeForm)));
        for (var c : List.of(java.util.Map.entry(university, operator2), java.util.Map.entry(sme, operator3))) {
            for (int m = 1; m <= 2; m++) {
                deliver(c.getKey(), m, c.getValue());
                documents.add(accept(c.getKey(), m, buyer1));
            }
            documents.add(complete(c.getKey(), buyer1));
        }
        assertEquals("IN_EXECUTION", expect(200, api.get(status, buyer1)).json().getString("status"),
                "phases 2 and 3 are still to come");

        // the first stage gate judges the three contractors and selects the university and the SME
        java.util.Map<String, Long> proposals = awarded.proposals();
        java.util.Map<Long, Integer> second = new java.util.LinkedHashMap<>();
        second.put(proposals.get("operator2"), 90000);
        second.put(proposals.get("operator3"), 80000);
        long gate = AwardFixture.evaluate(api, drafts, challenge, 2, second);
        JsonObject committee = expect(200, api.get("/api/v1/committees/" + gate, buyer1)).json();
        assertEquals(3, committee.getJsonArray("candidates").size(), "the three contractors of phase 1");
        assertEquals(List.of("Risultati del prototipo", "Costo del ciclo di vita"), committee.getJsonArray("criteria")
                .stream().map(k -> k.asJsonObject().getString("name")).toList(),
                "phase 2's own criteria (buyer1 reads Italian)");
        JsonObject decision = expect(200, api.get("/api/v1/challenges/" + challenge + "/awards", null)).array()
                .stream().map(JsonValue::asJsonObject).filter(a -> a.getInt("phase") == 2).findFirst().orElseThrow();
        assertTrue(decision.getBoolean("stageGate"));
        assertEquals(2, decision.getJsonArray("winners").size());
        documents.add(decision.getString("decisionProtocol"));
        JsonObject startupResults = expect(200, api.get("/api/v1/proposals/" + proposals.get("operator1")
                + "/results", operator1)).json();
        assertEquals("STAGE_NOT_AWARDED", startupResults.getString("outcome"));
        byte[] letter = api.bytes("/api/v1/documents/" + startupResults.getString("letterProtocol"), operator1);
        SimpleReport letterReport = IndependentValidators.pades(letter, root());
        assertEquals(Indication.TOTAL_PASSED, letterReport.getIndication(letterReport.getFirstSignatureId()),
                "the startup's letter, for the startup only");
        assertTrue(api.get("/api/v1/documents/" + startupResults.getString("letterProtocol"), operator2).status()
                >= 403, "nobody else reads it");

        // phase 2: two contracts, signed on the platform, delivered, accepted, completed
        java.util.Map<Long, String> phase2 = phaseContracts(challenge, 2, buyer1);
        assertEquals(java.util.Set.of(api.organisationOf(operator2), api.organisationOf(operator3)),
                phase2.keySet());
        for (var e : phase2.entrySet()) {
            String token = e.getKey() == api.organisationOf(operator2) ? operator2 : operator3;
            expect(200, api.post(e.getValue() + "/signature", token, password()));
            for (int m = 1; m <= 2; m++) {
                deliver(e.getValue(), m, token);
                accept(e.getValue(), m, buyer1);
            }
            documents.add(complete(e.getValue(), buyer1));
        }

        // the second stage gate selects the university alone; its field test completes the challenge
        long gate3 = AwardFixture.evaluate(api, drafts, challenge, 3, java.util.Map.of(proposals.get("operator2"),
                150000));
        JsonObject third = expect(200, api.get("/api/v1/committees/" + gate3, buyer1)).json();
        assertEquals(2, third.getJsonArray("candidates").size(), "the two contractors of phase 2");
        assertEquals(1, third.getJsonArray("criteria").size(), "phase 3's own criterion");
        java.util.Map<Long, String> phase3 = phaseContracts(challenge, 3, buyer1);
        assertEquals(java.util.Set.of(api.organisationOf(operator2)), phase3.keySet());
        String last = phase3.values().iterator().next();
        expect(200, api.post(last + "/signature", operator2, password()));
        for (int m = 1; m <= 2; m++) {
            deliver(last, m, operator2);
            accept(last, m, buyer1);
        }
        assertEquals("IN_EXECUTION", expect(200, api.get(status, buyer1)).json().getString("status"));
        JsonObject done = expect(200, api.post(last + "/completion", buyer1,
                "{\"remarks\":\"Sperimentazione su 12 versanti conclusa con esito positivo.\"}")).json();
        assertEquals("COMPLETED", done.getString("status"));
        documents.add(done.getString("completionProtocol"));
        assertEquals("COMPLETED", expect(200, api.get(status, buyer1)).json().getString("status"));

        // the solution enters the reuse catalogue; its publiccode.yml is valid against the standard's schema
        long entry = expect(201, api.post("/api/v1/catalogue", buyer1, Json.createObjectBuilder()
                .add("contractId", done.getJsonNumber("id").longValue()).add("name", "Frane Sentinella")
                .add("repositoryUrl", "https://gitlab.com/regione-lombardia/frane-sentinella")
                .add("licence", "EUPL-1.2").add("softwareType", "standalone/web").add("developmentStatus", "stable")
                .add("categories", Json.createArrayBuilder().add("data-analytics"))
                .add("platforms", Json.createArrayBuilder().add("web"))
                .add("availableLanguages", Json.createArrayBuilder().add("it").add("en"))
                .add("releaseDate", LocalDate.now().toString())
                .add("maintenanceUntil", LocalDate.now().plusYears(2).toString()).add("localisationReady", true)
                .add("italian", Json.createObjectBuilder()
                        .add("shortDescription", "Allerta precoce delle frane con sensori a basso costo.")
                        .add("longDescription", "Una piattaforma che raccoglie le misure dei sensori installati sui "
                                + "versanti, le confronta con le soglie dei geologi e avvisa la protezione civile "
                                + "quando un versante si muove. Ogni versante ha la sua scheda e il suo storico.")
                        .add("features", Json.createArrayBuilder().add("Misure continue").add("Allerte")))
                .add("english", Json.createObjectBuilder()
                        .add("shortDescription", "Early warning of landslides with low-cost sensors.")
                        .add("longDescription", "A platform that collects the readings of the sensors installed on "
                                + "slopes, compares them with the geologists' thresholds and alerts civil protection "
                                + "when a slope moves. Each slope has its own record and history.")
                        .add("features", Json.createArrayBuilder().add("Continuous readings").add("Alerts")))
                .build().toString())).json().getJsonNumber("id").longValue();
        byte[] publiccode = api.bytes("/api/v1/catalogue/" + entry + "/publiccode.yml", null);
        assertEquals(List.of(), it.sfide.reuse.control.PublicCodeSchema.problems(publiccode));
        assertTrue(new String(publiccode, StandardCharsets.UTF_8).contains("Frane Sentinella"));

        X509Certificate root = root();
        for (String protocol : documents) {
            SimpleReport report = IndependentValidators.pades(api.bytes("/api/v1/documents/" + protocol, buyer1),
                    root);
            for (String sig : report.getSignatureIdList()) {
                assertEquals(Indication.TOTAL_PASSED, report.getIndication(sig), protocol + ": " + report);
            }
        }
        String certificate = new String(api.bytes("/api/v1/documents/" + done.getString("completionProtocol"),
                operator2), StandardCharsets.ISO_8859_1);
        assertTrue(certificate.startsWith("%PDF"), "the operator reads its certificate");
    }

    /** Drafts the phase's contracts, issues them and signs them for the body; the contract paths by operator. */
    private java.util.Map<Long, String> phaseContracts(long challenge, int phase, String buyer1) {
        String buyer2 = api.token("buyer2", Api.DEMO_PASSWORD);
        java.util.Map<Long, String> byOperator = new java.util.HashMap<>();
        for (JsonValue v : expect(201, api.post("/api/v1/challenges/" + challenge + "/phases/" + phase
                + "/contracts", buyer1, "")).array()) {
            String path = "/api/v1/contracts/" + v.asJsonObject().getJsonNumber("id").longValue();
            expect(200, api.post(path + "/issue", buyer1, ""));
            expect(200, api.post(path + "/signature", buyer2, password()));
            byOperator.put(v.asJsonObject().getJsonNumber("operatorId").longValue(), path);
        }
        return byOperator;
    }

    private void deliver(String contract, int milestone, String token) {
        expect(201, api.multipart(contract + "/milestones/" + milestone + "/deliverables", token, List.of(
                Api.Part.field("report", "Relazione sulla scadenza " + milestone + " con i risultati ottenuti."),
                Api.Part.file("relazione-" + milestone + ".pdf", "application/pdf",
                        Drafts.pdf("Relazione della scadenza " + milestone, 2)))));
    }

    /** Accepts the milestone; the acceptance's protocol. */
    private String accept(String contract, int milestone, String buyer) {
        return milestone(expect(200, api.post(contract + "/milestones/" + milestone + "/acceptance", buyer, ""))
                .json(), milestone).getString("acceptanceProtocol");
    }

    /** Completes the contract; the completion certificate's protocol. */
    private String complete(String contract, String buyer) {
        JsonObject done = expect(200, api.post(contract + "/completion", buyer, "{}")).json();
        assertEquals("COMPLETED", done.getString("status"));
        return done.getString("completionProtocol");
    }

    /**
     * The demo's contract (Regione Lombardia and Politecnico di Milano, on the bridge-monitoring challenge): signed by
     * both, every milestone accepted and paid (the second after a rejection with reasons, both rounds kept), completed
     * by buyer1 with a completion certificate sealed by the body that the independent validator accepts; so the
     * challenge is COMPLETED and the solution is in the reuse catalogue.
     */
    @Test
    void theDemoContractIsCompletedWithAValidCertificateAndItsSolutionIsInTheReuseCatalogue() throws Exception {
        String buyer1 = api.token("buyer1", Api.DEMO_PASSWORD);
        JsonObject demo = expect(200, api.get("/api/v1/contracts", buyer1)).array().stream()
                .map(JsonValue::asJsonObject).filter(k -> k.getString("challengeTitle")
                        .equals("Monitoraggio strutturale dei ponti provinciali")).findFirst()
                .orElseThrow(() -> new AssertionError("no demo contract"));
        assertEquals("COMPLETED", demo.getString("status"));
        assertEquals("Politecnico di Milano", demo.getString("operatorName"));
        assertEquals(List.of("ACCEPTED", "ACCEPTED", "ACCEPTED"), demo.getJsonArray("milestones").stream()
                .map(m -> m.asJsonObject().getString("status")).toList());
        JsonObject money = demo.getJsonObject("money");
        assertEquals(120000.0, money.getJsonNumber("paid").doubleValue(), 0.001);
        assertEquals(0.0, money.getJsonNumber("due").doubleValue(), 0.001);
        assertEquals(0.0, money.getJsonNumber("remaining").doubleValue(), 0.001);
        JsonObject second = milestone(demo, 2);
        assertEquals(2, second.getJsonArray("deliverables").size(), "rejected, then delivered again and accepted");
        assertTrue(second.getString("rejectionReason").contains("taratura"), second.toString());
        for (JsonValue m : demo.getJsonArray("milestones")) {
            assertNotNull(m.asJsonObject().getString("acceptanceProtocol"), m.toString());
        }
        assertTrue(Instant.parse(demo.getString("completedAt")).isBefore(Instant.now()), "completed in the past");
        JsonObject caller = demo.getJsonObject("caller");
        assertFalse(caller.getBoolean("mayDecide") || caller.getBoolean("mayComplete") || caller.getBoolean("mayEdit"),
                "nothing left to decide: " + caller);

        String operator2 = api.token("operator2", Api.DEMO_PASSWORD);
        long id = demo.getJsonNumber("id").longValue();
        SimpleReport report = IndependentValidators.pades(api.bytes("/api/v1/contracts/" + id + "/document",
                operator2), root());
        assertEquals(3, report.getSignaturesCount(), report.toString());
        for (String sig : report.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(sig), report.toString());
        }
        SimpleReport certificate = IndependentValidators.pades(api.bytes("/api/v1/documents/"
                + demo.getString("completionProtocol"), operator2), root());
        assertEquals(Indication.TOTAL_PASSED, certificate.getIndication(certificate.getFirstSignatureId()),
                certificate.toString());
        assertTrue(certificate.getSignedBy(certificate.getFirstSignatureId()).contains("Regione Lombardia"),
                "sealed by the body: " + certificate.getSignedBy(certificate.getFirstSignatureId()));
        expect(404, api.get("/api/v1/contracts/" + id, api.token("operator1", Api.DEMO_PASSWORD)));

        assertEquals("COMPLETED", expect(200, api.get("/api/v1/challenges/" + demo.getJsonNumber("challengeId")
                .longValue(), null)).json().getString("status"));
        assertTrue(expect(200, api.get("/api/v1/catalogue?q=ponti&size=100", null)).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("name").equals("Ponti Digitali")
                        && e.getString("bodyName").equals("Regione Lombardia")), "the solution in the catalogue");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static JsonObject milestone(JsonObject contract, int number) {
        return contract.getJsonArray("milestones").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getInt("number") == number).findFirst().orElseThrow();
    }

    private static String password() {
        return "{\"password\":\"" + Api.DEMO_PASSWORD + "\"}";
    }

    private static String payment(int milestone, String amount, String reference) {
        return Json.createObjectBuilder().add("milestone", milestone).add("amount", new java.math.BigDecimal(amount))
                .add("paidOn", LocalDate.now().toString()).add("reference", reference).build().toString();
    }

    private static JsonObject milestone(String title, LocalDate due, int amount) {
        return Json.createObjectBuilder().add("title", title).add("dueOn", due.toString()).add("amount", amount)
                .build();
    }

    private static String form(String object, int value, LocalDate start, LocalDate end, JsonObject... milestones) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject m : milestones) {
            list.add(m);
        }
        return Json.createObjectBuilder().add("object", object).add("value", value).add("startsOn", start.toString())
                .add("endsOn", end.toString()).add("milestones", list).build().toString();
    }

    private static void assertCode(String code, Api.Reply reply) {
        assertEquals(code, reply.json().getString("code"), reply.body());
    }

    private static void assertField(JsonObject error, String field, String code) {
        assertTrue(error.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .anyMatch(f -> f.getString("field").equals(field) && f.getString("code").equals(code)),
                field + " " + code + ": " + error);
    }

    private X509Certificate root() throws Exception {
        byte[] pem = api.bytes("/api/v1/trust/ca.pem", null);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(pem));
    }
}
