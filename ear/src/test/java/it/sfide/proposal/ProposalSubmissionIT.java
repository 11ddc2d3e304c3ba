package it.sfide.proposal;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.testing.HostileFiles;
import it.sfide.testing.TestData;
import it.sfide.validation.IndependentValidators;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proposals through the API of the running portal: sealed submission with a signed receipt checked by EU DSS,
 * re-submission and withdrawal, idempotency, refusals of bad files and incomplete drafts, consortia, every role
 * kept out before the opening, and the four-eyes opening with its minutes and the admissibility decision.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalSubmissionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();
    private final Drafts drafts = new Drafts(api);
    private final Instant inAMonth = Instant.now().plus(Duration.ofDays(30));

    @Test
    void aCompleteProposalIsSealedAndItsSignedReceiptCertifiesTheHashes() throws Exception {
        String operator1 = drafts.token("operator1");
        long challenge = drafts.challenge(inAMonth);
        String marker = "segreto" + TestData.unique();
        long id = drafts.complete(challenge, operator1, marker);
        byte[] attached = api.bytes("/api/v1/proposals/" + id + "/attachments/"
                + api.get("/api/v1/proposals/" + id, operator1).json().getJsonArray("attachments").getJsonObject(0)
                        .getJsonNumber("id").longValue(), operator1);

        JsonObject receipt = drafts.submit(id, operator1, "key-" + marker);
        assertEquals("SUBMISSION", receipt.getString("kind"));
        assertEquals(1, receipt.getInt("seq"));
        assertTrue(receipt.getBoolean("current"));
        String protocol = receipt.getString("receiptProtocol");
        assertEquals(Drafts.sha256(attached), receipt.getJsonArray("files").getJsonObject(0).getString("sha256"));
        assertEquals(3, Instant.parse(receipt.getString("at")).toString().length() - Instant.parse(
                receipt.getString("at")).toString().indexOf('.') - 2, "time to the millisecond: "
                + receipt.getString("at"));

        // the same request again (a double click, a retry): the same submission, no second one
        JsonObject again = drafts.submit(id, operator1, "key-" + marker);
        assertEquals(receipt.getJsonNumber("submissionId"), again.getJsonNumber("submissionId"));
        assertEquals(protocol, again.getString("receiptProtocol"));
        assertEquals(1, api.get("/api/v1/proposals/" + id + "/submissions", operator1).array().size());
        assertEquals("SUBMITTED", api.get("/api/v1/proposals/" + id, operator1).json().getString("status"));

        byte[] pdf = api.bytes(receipt.getString("receiptPath"), operator1);
        SimpleReport report = IndependentValidators.pades(pdf, root());
        assertEquals(Indication.TOTAL_PASSED, report.getIndication(report.getFirstSignatureId()), report.toString());
        assertTrue(IndependentValidators.pdfA2b(pdf).compliant());
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertTrue(text.contains(receipt.getString("digest")), "the receipt prints the digest");
        assertTrue(text.contains(Drafts.sha256(attached)), "the receipt prints the file's SHA-256");
        assertTrue(text.contains(receipt.getString("formSha256")), "the receipt prints the form's SHA-256");
        assertFalse(text.contains(marker), "the receipt holds nothing of the content");
        // the operator's organisation reads its receipt; nobody else does
        expect(403, api.get(receipt.getString("receiptPath"), drafts.token("operator2"), "application/pdf"));
        expect(403, api.get(receipt.getString("receiptPath"), drafts.token("buyer1"), "application/pdf"));

        List<JsonObject> mails = outbox("operator1");
        assertTrue(mails.stream().anyMatch(m -> m.getString("subject").contains(protocol)), mails.toString());
        assertTrue(mails.stream().noneMatch(m -> m.toString().contains(marker)), "no content in e-mails");
    }

    @Test
    void resubmittingReplacesTheEarlierVersionAndWithdrawingIsReceipted() {
        String operator1 = drafts.token("operator1");
        long id = drafts.complete(drafts.challenge(inAMonth), operator1, "versione" + TestData.unique());
        JsonObject first = drafts.submit(id, operator1, "a" + TestData.unique());
        expect(200, api.put("/api/v1/proposals/" + id + "/sections", operator1, Drafts.sections("seconda")));
        JsonObject second = drafts.submit(id, operator1, "b" + TestData.unique());
        assertEquals(2, second.getInt("seq"));
        assertNotEquals(first.getString("formSha256"), second.getString("formSha256"));
        JsonArray history = api.get("/api/v1/proposals/" + id + "/submissions", operator1).array();
        assertEquals(List.of(2, 1), history.stream().map(v -> v.asJsonObject().getInt("seq")).toList());
        assertTrue(history.getJsonObject(0).getBoolean("current"));
        assertFalse(history.getJsonObject(1).getBoolean("current"), "the earlier version stays, not current");
        assertFalse(history.getJsonObject(1).isNull("receiptProtocol"), "and keeps its receipt");

        JsonObject withdrawal = expect(200, api.post("/api/v1/proposals/" + id + "/withdraw", operator1, ""))
                .json();
        assertEquals("WITHDRAWAL", withdrawal.getString("kind"));
        assertFalse(withdrawal.isNull("receiptProtocol"));
        assertEquals("WITHDRAWN", api.get("/api/v1/proposals/" + id, operator1).json().getString("status"));
        Api.Reply twice = expect(409, api.post("/api/v1/proposals/" + id + "/withdraw", operator1, ""));
        assertEquals("proposal.error.notSubmitted", twice.json().getString("code"));
        assertTrue(api.get("/api/v1/proposals/" + id + "/submissions", operator1).array().stream()
                .noneMatch(v -> v.asJsonObject().getBoolean("current")), "nothing left to open");
    }

    @Test
    void anIncompleteDraftIsRefusedFieldByFieldAndNothingIsSubmitted() {
        String operator1 = drafts.token("operator1");
        long id = drafts.draft(drafts.challenge(inAMonth), operator1);
        expect(200, api.put("/api/v1/proposals/" + id + "/sections", operator1,
                "{\"title\":\"Solo il titolo\",\"budget\":100,\"budgetLines\":[{\"item\":\"a\",\"amount\":60}]}"));
        Api.Reply refused = expect(422, api.post("/api/v1/proposals/" + id + "/submit", operator1, ""));
        List<String> fields = refused.json().getJsonArray("fields").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("summary", "solution", "team", "trlCurrent", "ipTerms", "attachments",
                "budgetLines")), fields.toString());
        assertTrue(refused.body().contains("60"), "the budget lines' sum is named: " + refused.body());
        assertEquals(0, api.get("/api/v1/proposals/" + id + "/submissions", operator1).array().size());
        Api.Reply badLevel = expect(422, api.put("/api/v1/proposals/" + id + "/sections", operator1,
                "{\"trlCurrent\":12}"));
        assertEquals("trlCurrent", badLevel.json().getJsonArray("fields").getJsonObject(0).getString("field"));
    }

    @Test
    void badFilesGetAClearMessageAndLeaveNothingStored() {
        String operator1 = drafts.token("operator1");
        long id = drafts.draft(drafts.challenge(inAMonth), operator1);
        String path = "/api/v1/proposals/" + id + "/attachments";
        assertCode("proposal.error.fileNotPdf", api.upload(path, operator1, "relazione.pdf",
                "PK\u0003\u0004 a zip renamed".getBytes(), "application/pdf"));
        assertCode("proposal.error.fileNotPdf", api.upload(path, operator1, "finto.pdf",
                "%PDF-1.7 but nothing after".getBytes(), "application/pdf"));
        assertCode("proposal.error.fileEncrypted", api.upload(path, operator1, "cifrato.pdf", Drafts.encryptedPdf(),
                "application/pdf"));
        assertCode("proposal.error.fileEmpty", api.upload(path, operator1, "vuoto.pdf", new byte[0],
                "application/pdf"));
        assertCode("proposal.error.fileBomb", api.upload(path, operator1, "bomba.pdf", Drafts.bomb(300),
                "application/pdf"));
        byte[] huge = new byte[50 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, huge, 0, 9);
        assertCode("proposal.error.fileTooLarge", api.upload(path, operator1, "enorme.pdf", huge, "application/pdf"));
        Api.Reply manyParts = api.upload(path, operator1, "molti.pdf", Drafts.pdf("Parte", 1), "application/pdf", 50);
        assertEquals(413, manyParts.status(), "a request of fifty parts is refused: " + manyParts.body());
        assertEquals("error.requestTooLarge", manyParts.json().getString("code"));
        assertEquals(0, api.get("/api/v1/proposals/" + id, operator1).json().getJsonArray("attachments").size(),
                "nothing half-stored");

        JsonObject kept = expect(201, api.upload(path, operator1, "..\\../etc/\u0007pass\u202Ewd.pdf",
                Drafts.pdf("Allegato", 3), "application/pdf")).json();
        assertEquals("passwd.pdf", kept.getString("name"), "no folders, no control or direction characters");
        assertEquals(3, kept.getInt("pages"));

        Api.Reply script = expect(200, api.put("/api/v1/proposals/" + id + "/sections", operator1,
                Json.createObjectBuilder().add("title", "<script>alert(1)</script>").build().toString()));
        assertEquals("<script>alert(1)</script>", script.json().getJsonObject("content").getString("title"),
                "kept as text (pages escape it)");

        // another organisation's proposal: it does not exist for them
        expect(404, api.post("/api/v1/proposals/" + id + "/submit", drafts.token("operator3"), ""));
        expect(404, api.upload(path, drafts.token("operator3"), "x.pdf", Drafts.pdf("x", 1), "application/pdf"));
        // an operator of an organisation not verified yet cannot draft
        expect(403, api.post("/api/v1/proposals/" + id + "/submit", drafts.token("operator4"), ""));
    }

    @Test
    void aConsortiumIsSubmittedByTheLeadOnlyOnceEveryPartnerHasConfirmed() {
        String lead = drafts.token("operator1");
        String partner = drafts.token("operator3");
        long id = drafts.complete(drafts.challenge(inAMonth), lead, "consorzio" + TestData.unique());
        long sme = api.get("/api/v1/me", partner).json().getJsonObject("organisation").getJsonNumber("id")
                .longValue();
        expect(404, api.get("/api/v1/proposals/" + id, partner));
        JsonArray partners = expect(200, api.post("/api/v1/proposals/" + id + "/partners", lead,
                "{\"organisationId\":" + sme + ",\"role\":\"Analisi dei dati\",\"budgetShare\":30}")).array();
        assertEquals("INVITED", partners.getJsonObject(0).getString("status"));
        assertTrue(outbox("operator3").stream().anyMatch(m -> m.getString("subject").contains("Invito")));

        Api.Reply unconfirmed = expect(422, api.post("/api/v1/proposals/" + id + "/submit", lead, ""));
        assertTrue(unconfirmed.body().contains("partners"), unconfirmed.body());
        expect(404, api.get("/api/v1/proposals/" + id, partner));   // not before accepting

        JsonObject invitation = api.get("/api/v1/proposals/partnerships", partner).array().stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("proposalId").longValue() == id)
                .findFirst().orElseThrow();
        assertEquals("Analisi dei dati", invitation.getString("role"));
        expect(200, api.post("/api/v1/proposals/" + id + "/partnership", partner, "{\"accept\":true}"));
        expect(409, api.post("/api/v1/proposals/" + id + "/partnership", partner, "{\"accept\":false}"));

        // the partner's operators see and edit the draft, but only the lead submits
        expect(200, api.put("/api/v1/proposals/" + id + "/sections", partner, Drafts.sections("dal partner")));
        Api.Reply notLead = expect(403, api.post("/api/v1/proposals/" + id + "/submit", partner, ""));
        assertEquals("proposal.error.leadOnly", notLead.json().getString("code"));
        JsonObject receipt = drafts.submit(id, lead, "c" + TestData.unique());
        assertEquals(1, receipt.getInt("seq"));
        // the partner reads the signed receipt like the lead, and its operators are told of the submission
        assertEquals(receipt.getJsonNumber("submissionId"), expect(200, api.get("/api/v1/proposals/submissions/"
                + receipt.getJsonNumber("submissionId"), partner)).json().getJsonNumber("submissionId"));
        byte[] pdf = api.bytes(receipt.getString("receiptPath"), partner);
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertTrue(outbox("operator3").stream()
                .anyMatch(m -> m.getString("subject").contains(receipt.getString("receiptProtocol"))));
        expect(403, api.get(receipt.getString("receiptPath"), drafts.token("operator2"), "application/pdf"));
        assertTrue(api.get("/api/v1/proposals", partner).array().stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id
                        && !v.asJsonObject().getBoolean("lead")));
    }

    @Test
    void noRoleReadsASubmittedProposalBeforeTheOpening() throws Exception {
        String operator1 = drafts.token("operator1");
        long challenge = drafts.challenge(inAMonth);
        String marker = "sigillato" + TestData.unique();
        long id = drafts.complete(challenge, operator1, marker);
        drafts.submit(id, operator1, "s" + marker);
        for (String user : List.of("buyer1", "buyer2", "buyer3", "admin", "evaluator1", "operator2")) {
            String token = drafts.token(user);
            for (String path : List.of("/api/v1/proposals/" + id, "/api/v1/proposals/" + id + "/submissions",
                    "/api/v1/proposals/" + id + "/opened", "/api/v1/proposals/" + id + "/opened/files/1",
                    "/api/v1/proposals/" + id + "/attachments/1")) {
                Api.Reply reply = api.get(path, token);
                assertTrue(List.of(403, 404, 409).contains(reply.status()), user + " " + path + ": " + reply);
                assertFalse(reply.body().contains(marker), user + " " + path);
            }
            assertFalse(api.get("/api/v1/proposals", token).body().contains(marker), user);
        }
        JsonObject opening = expect(200, api.get("/api/v1/challenges/" + challenge + "/phases/1/opening",
                drafts.token("buyer1"))).json();
        assertTrue(opening.isNull("submissions"), "the challenge keeps the count hidden before the deadline");
        expect(409, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening", drafts.token("buyer1"), ""));
        assertEquals(0, api.get("/api/v1/challenges?q=" + marker, null).json().getInt("total"));
        assertFalse(api.get("/api/v1/admin/outbox?max=500", drafts.token("admin")).body().contains(marker));
        assertFalse(api.get("/api/v1/audit?max=500", drafts.token("admin")).body().contains(marker));
        Path log = Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1", "logs",
                "server.log");
        assertFalse(Files.readString(log).contains(marker), "nothing in the server's log");
    }

    @Test
    void theOpeningNeedsTwoOfficersAndItsSignedMinutesListEveryHash() throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        long challenge = drafts.challenge(deadline);
        String operator1 = drafts.token("operator1");
        String operator2 = drafts.token("operator2");
        String marker = "apertura" + TestData.unique();
        long first = drafts.complete(challenge, operator1, marker);
        long second = drafts.complete(challenge, operator2, marker + "b");
        JsonObject r1 = drafts.submit(first, operator1, "o1" + marker);
        JsonObject r2 = drafts.submit(second, operator2, "o2" + marker);
        expect(200, api.post("/api/v1/proposals/" + second + "/withdraw", operator2, ""));
        expect(200, api.post("/api/v1/proposals/" + second + "/submit", operator2, ""));   // submitted again
        JsonObject r2again = api.get("/api/v1/proposals/" + second + "/submissions", operator2).array()
                .getJsonObject(0);
        String buyer1 = drafts.token("buyer1");
        String buyer2 = drafts.token("buyer2");
        Api.Reply early = expect(409, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening", buyer1, ""));
        assertEquals("opening.error.beforeDeadline", early.json().getString("code"));

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis() + 500));
        Api.Reply late = expect(409, api.post("/api/v1/proposals/" + first + "/submit", operator1, ""));
        assertEquals("proposal.error.deadlinePassed", late.json().getString("code"));
        JsonObject closed = expect(200, api.get("/api/v1/challenges/" + challenge + "/phases/1/opening", buyer1))
                .json();
        assertEquals(2, closed.getInt("submissions"), "after the deadline the count is known");
        Api.Reply missing = expect(404, api.get("/api/v1/proposals/999999999/opened", buyer1));
        assertEquals(missing, api.get("/api/v1/proposals/" + first + "/opened", buyer1), "still sealed");

        expect(200, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening", buyer1, ""));
        Api.Reply self = expect(409, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening/confirmation",
                buyer1, ""));
        assertEquals("opening.error.fourEyes", self.json().getString("code"));
        expect(403, api.post("/api/v1/challenges/" + challenge + "/phases/1/opening/confirmation",
                drafts.token("buyer3"), ""));
        assertEquals(missing, api.get("/api/v1/proposals/" + first + "/opened", buyer1), "not before confirmation");
        JsonObject opened = expect(200, api.post("/api/v1/challenges/" + challenge
                + "/phases/1/opening/confirmation", buyer2, "")).json();
        assertEquals(2, opened.getJsonArray("proposals").size());

        byte[] minutes = api.bytes(opened.getString("minutesPath"), buyer1);
        SimpleReport report = IndependentValidators.pades(minutes, root());
        assertEquals(Indication.TOTAL_PASSED, report.getIndication(report.getFirstSignatureId()), report.toString());
        assertTrue(report.getSignedBy(report.getFirstSignatureId()).contains("Regione Lombardia"));
        String text;
        try (var document = Loader.loadPDF(minutes)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        for (JsonObject r : List.of(r1, r2again)) {
            assertTrue(text.contains(r.getString("receiptProtocol")), "protocol in the minutes");
            assertTrue(text.contains(r.getString("formSha256")), "form hash in the minutes");
            assertTrue(text.contains(r.getJsonArray("files").getJsonObject(0).getString("sha256")));
        }
        assertFalse(text.contains(r2.getString("formSha256")) && !r2.getString("formSha256")
                .equals(r2again.getString("formSha256")), "a replaced submission is not opened");
        assertFalse(text.contains("NON"), "every submission matches its hashes: " + text);

        JsonObject content = expect(200, api.get("/api/v1/proposals/" + first + "/opened", buyer2)).json();
        assertEquals("Titolo " + marker, content.getJsonObject("content").getString("title"));
        byte[] file = api.bytes("/api/v1/proposals/" + first + "/opened/files/1", buyer2);
        assertEquals(r1.getJsonArray("files").getJsonObject(0).getString("sha256"), Drafts.sha256(file));
        expect(404, api.get("/api/v1/proposals/" + first + "/opened", drafts.token("buyer3")));
        String audit = api.get("/api/v1/audit?action=proposal.read&max=50", drafts.token("admin")).body();
        assertTrue(audit.contains("\"targetId\":\"" + first + "\""), "the read is audited: " + audit);

        Api.Reply noReason = expect(422, api.post("/api/v1/proposals/" + first + "/admissibility", buyer1,
                "{\"admissible\":false}"));
        assertEquals("reason", noReason.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        JsonObject decided = expect(200, api.post("/api/v1/proposals/" + second + "/admissibility", buyer1,
                "{\"admissible\":false,\"reason\":\"Manca il piano economico firmato\"}")).json();
        assertEquals("INADMISSIBLE", decided.getString("status"));
        assertTrue(outbox("operator2").stream().anyMatch(m -> m.getString("body")
                .contains("Manca il piano economico firmato")), "the operator is told why");
        expect(200, api.post("/api/v1/proposals/" + first + "/admissibility", buyer1, "{\"admissible\":true}"));
        expect(409, api.put("/api/v1/proposals/" + first + "/sections", operator1, Drafts.sections("tardi")));

        // at the deadline the body's officers were told how many proposals wait for the opening
        String title = api.get("/api/v1/challenges/" + challenge, null).json().getString("titleIt");
        boolean told = false;
        for (int i = 0; i < 20 && !told; i++) {
            told = outbox("buyer2").stream().anyMatch(m -> m.getString("subject").contains(title)
                    && m.getString("subject").contains("2 proposte da aprire"));
            if (!told) {
                Thread.sleep(500);
            }
        }
        assertTrue(told, "buyer2 told of the 2 proposals to open");
    }

    @Test
    void beforeTheOpeningASubmittedProposalAnswersExactlyLikeADraftAWithdrawnOrAMissingOne() throws Exception {
        long challenge = drafts.challenge(inAMonth);
        long submitted = drafts.complete(challenge, drafts.token("operator1"), "conto" + TestData.unique());
        drafts.submit(submitted, drafts.token("operator1"), "k" + TestData.unique());
        long draft = drafts.complete(challenge, drafts.token("operator2"), "bozza" + TestData.unique());
        String operator3 = drafts.token("operator3");
        long withdrawn = drafts.complete(challenge, operator3, "ritirata" + TestData.unique());
        drafts.submit(withdrawn, operator3, "w" + TestData.unique());
        expect(200, api.post("/api/v1/proposals/" + withdrawn + "/withdraw", operator3, ""));
        String buyer1 = drafts.token("buyer1");
        PageSession page = new PageSession("buyer1");
        Api.Reply[] nothing = null;
        PageSession.Page nothingPage = null;
        for (long id : List.of(999_999_999L, submitted, draft, withdrawn)) {
            Api.Reply[] replies = {api.get("/api/v1/proposals/" + id + "/opened", buyer1),
                    api.get("/api/v1/proposals/" + id + "/opened/files/1", buyer1),
                    api.post("/api/v1/proposals/" + id + "/admissibility", buyer1, "{\"admissible\":true}")};
            PageSession.Page shown = page.get("/proposals/opened.xhtml?id=" + id);
            if (nothing == null) {
                nothing = replies;
                nothingPage = shown;
                assertEquals(404, replies[0].status(), replies[0].toString());
                assertEquals(404, shown.status());
            }
            for (int i = 0; i < replies.length; i++) {
                assertEquals(nothing[i], replies[i], "status, type and body byte for byte, proposal " + id);
            }
            assertEquals(nothingPage, shown, "the page's status and visible text, proposal " + id);
        }
    }

    @Test
    void hostileInputGetsAClearRefusalNeverAServerError() throws Exception {
        String operator1 = drafts.token("operator1");
        long id = drafts.draft(drafts.challenge(inAMonth), operator1);
        String path = "/api/v1/proposals/" + id + "/attachments";
        for (var active : HostileFiles.activePdfs().entrySet()) {
            Api.Reply refused = expect(422, api.upload(path, operator1, active.getKey(), active.getValue(),
                    "application/pdf"));
            assertEquals("file", refused.json().getJsonArray("fields").getJsonObject(0).getString("field"));
            assertEquals("document.error.fileActive", refused.json().getString("code"), active.getKey());
            assertTrue(refused.json().getString("message").contains("JavaScript"), refused.body());
        }
        assertCode("proposal.error.fileNotPdf", api.upload(path, operator1, "relazione.pdf",
                HostileFiles.zipBomb(300), "application/pdf"));
        assertEquals(0, api.get("/api/v1/proposals/" + id, operator1).json().getJsonArray("attachments").size());

        // a multipart request without its file part: 422 on the field, not the container's NPE
        for (String target : List.of(path, "/api/v1/verify")) {
            Api.Reply noFile = api.upload(target, operator1, "x.pdf", Drafts.pdf("x", 1), "application/pdf", 1,
                    "altro");
            assertEquals(422, noFile.status(), target + ": " + noFile);
            assertEquals("error.upload.fileMissing", noFile.json().getString("code"));
        }
        // malformed JSON: 400 with a JSON error
        Api.Reply malformed = api.put("/api/v1/proposals/" + id + "/sections", operator1, "{\"title\": \"x\",");
        assertEquals(400, malformed.status(), malformed.toString());
        assertTrue(malformed.contentType().startsWith("application/json"), malformed.toString());
        assertEquals("error.badRequest", malformed.json().getString("code"));
        // an oversized JSON body: 413 before it is parsed
        Api.Reply oversized = api.put("/api/v1/proposals/" + id + "/sections", operator1,
                Json.createObjectBuilder().add("title", "x".repeat(17 * 1024 * 1024)).build().toString());
        assertEquals(413, oversized.status(), oversized.contentType());
        assertEquals("error.requestTooLarge", oversized.json().getString("code"));
        // XSS strings are stored as text and echoed as JSON text
        for (String xss : HostileFiles.XSS) {
            Api.Reply stored = expect(200, api.put("/api/v1/proposals/" + id + "/sections", operator1,
                    Json.createObjectBuilder().add("title", xss).build().toString()));
            assertEquals(xss, stored.json().getJsonObject("content").getString("title"));
        }
        // a signed-in page's form with a forged view state (stateless, for a page that keeps its state): 400
        PageSession signedIn = new PageSession("operator1");
        assertEquals(400, signedIn.post("/account/profile.xhtml", "language=language&language%3Alocale=it"
                + "&language%3Asave=&jakarta.faces.ViewState=stateless"), "a forged view state");
        // a visitor's login page is stateless: the same form sent without its page is a login refused, not an error
        java.net.http.HttpResponse<String> visitor = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=nessuno"
                                + "&login%3Apassword=x&login%3Asubmit=&jakarta.faces.ViewState=stateless")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, visitor.statusCode(), visitor.body());
        assertTrue(visitor.body().contains(it.sfide.platform.i18n.Texts.get(java.util.Locale.ITALIAN,
                "error.login.failed")), visitor.body());
    }

    /** A signed-in browser session of the pages, through the login form. */
    static final class PageSession {

        record Page(int status, String text) {
        }

        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();

        PageSession(String user) throws Exception {
            String login = raw("/login.xhtml").html();
            java.util.regex.Matcher state = java.util.regex.Pattern
                    .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
            assertTrue(state.find(), "the login form carries its view state");
            String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + Api.DEMO_PASSWORD
                    + "&login%3Asubmit=&jakarta.faces.ViewState="
                    + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
            String after = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE
                    + "/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(after.contains("who-am-i"), "signed in");
        }

        /** The page's status and its visible text (no markup, scripts, view state or nonces). */
        Page get(String path) throws Exception {
            Raw raw = raw(path);
            return new Page(raw.status(), raw.html().replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ")
                    .replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip());
        }

        private record Raw(int status, String html) {
        }

        /** The status of a form sent as it is given (fields and view state). */
        int post(String path, String form) throws Exception {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        private Raw raw(String path) throws Exception {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + path))
                    .header("Accept-Language", "it").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Raw(response.statusCode(), response.body());
        }
    }

    private void assertCode(String code, Api.Reply reply) {
        assertEquals(422, reply.status(), reply.toString());
        JsonObject body = reply.json();
        String found = !body.isNull("fields") && !body.getJsonArray("fields").isEmpty()
                ? body.getJsonArray("fields").getJsonObject(0).getString("code") : body.getString("code");
        assertEquals(code, found, reply.body());
        assertFalse(body.getString("message").isBlank());
    }

    private List<JsonObject> outbox(String user) {
        return api.get("/api/v1/admin/outbox?max=200&recipient=" + user + "@demo.sfide.localhost",
                drafts.token("admin")).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private X509Certificate root() throws Exception {
        byte[] pem = api.bytes("/api/v1/trust/ca.pem", null);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(pem));
    }
}
