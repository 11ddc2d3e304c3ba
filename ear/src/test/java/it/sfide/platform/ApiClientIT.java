package it.sfide.platform;

import it.sfide.challenge.Challenges;
import it.sfide.client.ApiClient;
import it.sfide.client.ApiException;
import it.sfide.client.api.ChallengeApi;
import it.sfide.client.api.IdentityApi;
import it.sfide.client.api.ProposalApi;
import it.sfide.client.model.ApiError;
import it.sfide.client.model.AttachmentView;
import it.sfide.client.model.ChallengeForm;
import it.sfide.client.model.ChallengeProposalsNewDraft;
import it.sfide.client.model.ChallengeView;
import it.sfide.client.model.ProposalContent;
import it.sfide.client.model.ProposalSummary;
import it.sfide.client.model.ProposalView;
import it.sfide.client.model.ReceiptView;
import it.sfide.client.model.TokenTokenRequest;
import it.sfide.proposal.Drafts;
import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API document as a client's programmer uses it (docs/api.md): the document the portal serves is the one kept
 * in docs/api/openapi.yaml (which the build lints), and the Java client OpenAPI Generator makes from that copy runs
 * the main flow against the running portal: a buyer publishes a challenge, an operator drafts a proposal, uploads
 * a PDF, submits and fetches the receipt; a refusal comes back as the documented error body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        // as YAML, the committed copy's format (parsed alike: timestamps in examples read the same on both sides)
        HttpResponse<String> served = api.exchange("GET", "/openapi?format=YAML", null, null, "Accept", "*/*");
        assertEquals(200, served.statusCode(), served.body());
        Path committed = Path.of(System.getProperty("sfide.api.document", "../docs/api/openapi.yaml"));
        Object expected = new Yaml().load(Files.readString(committed, StandardCharsets.UTF_8));
        assertTrue(served.body().startsWith("openapi:"), "the document as YAML: " + served.body().substring(0,
                Math.min(200, served.body().length())));
        Object actual = new Yaml().load(served.body());
        if (!expected.equals(actual)) {
            Path copy = Path.of(System.getProperty("sfide.test.out", "target"), "openapi-served.yaml");
            Files.writeString(copy, served.body(), StandardCharsets.UTF_8);
            throw new AssertionError("the API document changed: review " + copy + ", copy it over " + committed
                    + " and lint it (docs/api.md)");
        }
    }

    @Test
    void theGeneratedClientPublishesDraftsUploadsSubmitsAndFetchesTheReceipt() throws Exception {
        // a buyer of Regione Lombardia writes the challenge and asks for its publication; a colleague approves it
        ChallengeApi buyer1 = new ChallengeApi(client(token("buyer1")));
        ChallengeForm form = client(null).getObjectMapper().readValue(Challenges.complete(Challenges.word(),
                Instant.now().plus(Duration.ofDays(30))).build().toString(), ChallengeForm.class);
        ChallengeView draft = buyer1.challengeCreate(form);
        assertEquals(ChallengeView.StatusEnum.DRAFT, draft.getStatus());
        buyer1.challengeRequestPublication(draft.getId());
        ChallengeView published = new ChallengeApi(client(token("buyer2"))).challengeApprove(draft.getId());
        assertEquals(ChallengeView.StatusEnum.PUBLISHED, published.getStatus());

        // an operator drafts a proposal, writes it, uploads a PDF and submits
        ApiClient operator = client(token("operator1"));
        ProposalApi proposals = new ProposalApi(operator);
        ProposalSummary started = proposals.challengeProposalsStart(published.getId(),
                new ChallengeProposalsNewDraft().phase(1));
        String marker = "client" + TestData.unique();
        ProposalView saved = proposals.proposalSave(started.getId(),
                operator.getObjectMapper().readValue(Drafts.sections(marker), ProposalContent.class));
        assertEquals(started.getId(), saved.getId());
        byte[] pdf = Drafts.pdf("Proposta tecnica " + marker, 2);
        File file = Files.createTempFile("proposta-", ".pdf").toFile();
        file.deleteOnExit();
        Files.write(file.toPath(), pdf);
        AttachmentView attached = proposals.proposalAttach(started.getId(), file);
        assertEquals(Drafts.sha256(pdf), attached.getSha256());

        ReceiptView receipt = proposals.proposalSubmit(started.getId(), "key-" + marker);
        assertEquals(ReceiptView.KindEnum.SUBMISSION, receipt.getKind());
        assertNotNull(receipt.getReceiptProtocol());
        ReceiptView fetched = proposals.proposalReceipt(receipt.getSubmissionId());
        assertEquals(receipt.getReceiptProtocol(), fetched.getReceiptProtocol());
        assertEquals(Drafts.sha256(pdf), fetched.getFiles().get(0).getSha256());

        // another operator is refused, with the documented error body
        ProposalApi stranger = new ProposalApi(client(token("operator3")));
        ApiException refused = assertThrows(ApiException.class,
                () -> stranger.proposalReceipt(receipt.getSubmissionId()));
        assertTrue(refused.getCode() == 403 || refused.getCode() == 404, "refused: " + refused.getCode());
        ApiError error = operator.getObjectMapper().readValue(refused.getResponseBody(), ApiError.class);
        assertNotNull(error.getCode(), refused.getResponseBody());
        assertNotNull(error.getMessage(), refused.getResponseBody());
    }

    /** What once only pages could do is in the API too (ApiCoverageTest lists what is left to pages). */
    @Test
    void whatPagesDoTheApiDoesToo() {
        Api api = new Api();
        // a new account changes its password and its language
        String suffix = TestData.unique();
        assertEquals(202, api.post("/api/v1/registrations", null, TestData.operatorRegistration(suffix,
                "api." + suffix + "@example.org").toString()).status());
        String username = "founder" + suffix;
        String token = api.token(username, TestData.PASSWORD);
        Api.Reply wrong = api.put("/api/v1/me/password", token,
                "{\"currentPassword\":\"non-e-lei\",\"newPassword\":\"Betulla-bianca-2027!\"}");
        assertEquals(422, wrong.status(), wrong.body());
        assertTrue(wrong.body().contains("currentPassword"), wrong.body());
        Api.Reply weak = api.put("/api/v1/me/password", token,
                "{\"currentPassword\":\"" + TestData.PASSWORD + "\",\"newPassword\":\"corta\"}");
        assertEquals(422, weak.status(), weak.body());
        assertTrue(weak.body().contains("newPassword"), weak.body());
        assertEquals(204, api.put("/api/v1/me/password", token,
                "{\"currentPassword\":\"" + TestData.PASSWORD + "\",\"newPassword\":\"Betulla-bianca-2027!\"}")
                .status());
        String renewed = api.token(username, "Betulla-bianca-2027!");
        assertEquals(204, api.put("/api/v1/me/language", renewed, "{\"language\":\"en\"}").status());
        assertEquals("en", api.get("/api/v1/me", renewed).json().getString("locale"));
        Api.Reply french = api.put("/api/v1/me/language", renewed, "{\"language\":\"fr\"}");
        assertEquals(422, french.status(), french.body());

        // a challenge's signed documents and the discussions about it, for anyone
        boolean discussed = false;
        for (jakarta.json.JsonValue item : api.get("/api/v1/challenges?size=50", null).json().getJsonArray("items")) {
            long id = item.asJsonObject().getJsonNumber("id").longValue();
            jakarta.json.JsonArray documents = api.get("/api/v1/challenges/" + id + "/documents", null).array();
            assertFalse(documents.isEmpty(), "every published challenge has its signed notice: " + id);
            assertTrue(documents.getJsonObject(0).getString("protocol").startsWith("SFIDE-"), documents.toString());
            discussed |= !api.get("/api/v1/communities/discussions?challenge=" + id, null).array().isEmpty();
        }
        assertTrue(discussed, "the demo discusses some challenge in a community");

        // the organisations an operator may invite as partners: verified operators, never its own
        String partners = api.get("/api/v1/proposals/partner-candidates", api.token("operator1", Api.DEMO_PASSWORD))
                .body();
        assertTrue(partners.contains("Politecnico di Milano") && !partners.contains("Nuvola Civica"), partners);
        assertEquals(403, api.get("/api/v1/proposals/partner-candidates", api.token("buyer1", Api.DEMO_PASSWORD))
                .status());
    }

    private String token(String user) throws ApiException {
        return new IdentityApi(client(null)).tokenCreate(new TokenTokenRequest().username(user)
                .password(Api.DEMO_PASSWORD).name("client test")).getToken();
    }

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Api.BASE);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
