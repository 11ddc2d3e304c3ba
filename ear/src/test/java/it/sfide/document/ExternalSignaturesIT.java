package it.sfide.document;

import it.sfide.document.boundary.CountersignatureView;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.ExpectedSigner;
import it.sfide.document.boundary.ExternalSignerView;
import it.sfide.document.boundary.Issue;
import it.sfide.document.control.ExternalPki;
import it.sfide.identity.control.VerificationCertificate;
import it.sfide.shared.SfideException;
import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import jakarta.inject.Inject;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the running portal: the platform admin trusts another certification authority through the API (every act
 * audited, mistakes refused with the reason, other roles refused), and documents the portal really registered are
 * signed outside it with that authority's certificates, as a PAdES update and as a .p7m, stored as their new
 * version, downloaded and recognised by the verification API. The admin's page is used in a browser, in both
 * languages, checked by axe-core against WCAG 2.1 AA.
 */
@ExtendWith(ArquillianExtension.class)
class ExternalSignaturesIT {

    private static final String ANCHORS = "/api/v1/admin/trust-anchors";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(ExternalSignaturesIT.class, CountersignatureProbe.class, ExternalPki.class,
                ExternalPki.Holder.class);
    }

    @Inject
    DocumentIssuer issuer;

    @Inject
    DocumentRegistry registry;

    @Inject
    CountersignatureProbe countersignatures;

    private final Api api = new Api();

    @Test
    void theAdminAddsListsAndRemovesATrustAnchorAndEveryoneElseIsRefused() throws Exception {
        ExternalPki provider = new ExternalPki("Prestatore " + TestData.unique(), Instant.now());
        String admin = api.token("admin", Api.DEMO_PASSWORD);
        String operator = api.token("operator1", Api.DEMO_PASSWORD);

        Api.Reply added = api.upload(ANCHORS, admin, "ca.pem", pem(provider.ca).getBytes(StandardCharsets.US_ASCII),
                "application/x-pem-file");
        assertEquals(201, added.status(), added.body());
        long id = added.json().getJsonNumber("id").longValue();
        assertEquals(sha256(provider.ca.getEncoded()), added.json().getString("sha256"));
        assertEquals("admin", added.json().getString("addedBy"));
        assertTrue(api.get(ANCHORS, admin).array().stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getJsonNumber("id").longValue() == id
                        && a.getString("subject").equals(provider.ca.getSubjectX500Principal().getName())));

        var duplicate = api.exchange("POST", ANCHORS, admin, Base64.getEncoder().encodeToString(provider.ca.getEncoded()),
                "Content-Type", "application/x-pem-file");
        assertEquals(409, duplicate.statusCode(), duplicate.body());
        assertTrue(duplicate.body().contains("document.error.anchor.duplicate"), duplicate.body());

        var notCa = api.inLanguage("en").exchange("POST", ANCHORS + "?note=a%20person", admin,
                pem(provider.person("Mario", "Rossi", "RSSMRA80A01H501U").certificate()),
                "Content-Type", "application/x-pem-file");
        assertEquals(422, notCa.statusCode(), notCa.body());
        assertTrue(notCa.body().contains("document.error.anchor.notCa") && notCa.body().contains("not a certification"
                + " authority"), notCa.body());
        var garbage = api.exchange("POST", ANCHORS, admin, "hello", "Content-Type", "text/plain");
        assertEquals(422, garbage.statusCode(), garbage.body());
        assertTrue(garbage.body().contains("Il file non è un certificato X.509 leggibile"), garbage.body());

        assertEquals(403, api.get(ANCHORS, operator).status());
        assertEquals(403, api.upload(ANCHORS, operator, "ca.pem", pem(provider.ca).getBytes(StandardCharsets.US_ASCII),
                "application/x-pem-file").status());
        assertEquals(403, api.delete(ANCHORS + "/" + id, operator).status());
        assertEquals(401, api.get(ANCHORS, null).status());

        assertEquals(204, api.delete(ANCHORS + "/" + id, admin).status());
        assertFalse(api.get(ANCHORS, admin).array().stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getJsonNumber("id").longValue() == id));
        assertEquals(404, api.delete(ANCHORS + "/" + id, admin).status());

        List<JsonObject> audit = api.get("/api/v1/audit?actor=admin&max=50", admin).array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("action").startsWith("document.trustAnchor."))
                .filter(r -> !r.isNull("targetId") && r.getString("targetId").equals(Long.toString(id))).toList();
        assertTrue(audit.stream().anyMatch(r -> r.getString("action").equals("document.trustAnchor.add")
                && r.getString("outcome").equals("DONE")), audit.toString());
        assertTrue(audit.stream().anyMatch(r -> r.getString("action").equals("document.trustAnchor.remove")
                && r.getString("outcome").equals("DONE")), audit.toString());
        assertTrue(audit.stream().anyMatch(r -> r.getString("action").equals("document.trustAnchor.remove")
                && r.getString("outcome").equals("REFUSED")), "the second removal, refused: " + audit);
    }

    @Test
    void registeredDocumentsSignedOutsideThePortalBecomeTheirNewVersion() throws Exception {
        ExternalPki provider = new ExternalPki("Firme " + TestData.unique(), Instant.now());
        ExternalPki.Holder rossi = provider.person("Mario", "Rossi", "RSSMRA80A01H501U");
        ExternalPki.Holder verdi = provider.person("Anna", "Verdi", "VRDNNA75C41F205X");
        List<ExpectedSigner> representatives = List.of(new ExpectedSigner("Mario Rossi", "rssmra80a01h501u",
                "Legale rappresentante, Alfa srl"));
        String admin = api.token("admin", Api.DEMO_PASSWORD);

        DocumentView padesDocument = issue();
        byte[] registered = registry.content(padesDocument.protocol());
        byte[] signed = provider.pades(registered, rossi, null);
        SfideException untrusted = assertThrows(SfideException.class, () -> countersign(padesDocument, signed,
                representatives));
        assertEquals("document.error.external.untrusted", untrusted.messageKey());

        Api.Reply anchor = api.upload(ANCHORS, admin, "ca.der", provider.ca.getEncoded(), "application/pkix-cert");
        assertEquals(201, anchor.status(), anchor.body());
        long anchorId = anchor.json().getJsonNumber("id").longValue();
        try {
            SfideException wrong = assertThrows(SfideException.class, () -> countersign(padesDocument,
                    provider.pades(registered, verdi, null), representatives));
            assertEquals("document.error.external.wrongSigner", wrong.messageKey());

            CountersignatureView pades = countersign(padesDocument, signed, representatives);
            assertEquals("PADES", pades.format());
            ExternalSignerView signer = pades.newSigners().get(0);
            assertEquals("RSSMRA80A01H501U", signer.taxCode());
            assertEquals("MARIO ROSSI", signer.fullName());
            assertEquals("Legale rappresentante, Alfa srl", signer.matchedAs().role());
            assertEquals(sha256(signed), pades.document().sha256());
            assertTrue(pades.document().signers().endsWith("; MARIO ROSSI (Legale rappresentante, Alfa srl)"),
                    pades.document().signers());
            assertEquals(padesDocument.protocol() + ".pdf", pades.signedFileName());
            assertArrayEquals(signed, api.bytes(padesDocument.downloadPath(), null));
            assertEquals(padesDocument.protocol(), verify(signed, "application/pdf").getJsonObject("registered")
                    .getString("protocol"));
            assertEquals(padesDocument.protocol(), verify(registered, "application/pdf")
                    .getJsonObject("earlierVersionOf").getString("protocol"), "the downloaded copy: an earlier version");
            assertEquals("document.error.external.noNewSignature", assertThrows(SfideException.class,
                    () -> countersign(padesDocument, signed, representatives)).messageKey());

            DocumentView cadesDocument = issue();
            byte[] pdf = registry.content(cadesDocument.protocol());
            byte[] p7m = provider.cades(pdf, true, null, rossi);
            CountersignatureView cades = countersign(cadesDocument, p7m, representatives);
            assertEquals("CADES", cades.format());
            assertEquals(cadesDocument.protocol() + ".pdf.p7m", cades.signedFileName());
            assertEquals(sha256(p7m), cades.document().p7mSha256());
            assertEquals(sha256(pdf), cades.document().sha256(), "the PDF stays; the .p7m is its signed version");

            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Api.BASE + cades.signedFilePath())).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode());
            assertEquals("application/pkcs7-mime", download.headers().firstValue("Content-Type").orElse(""));
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                    .contains(cadesDocument.protocol() + ".pdf.p7m"));
            assertArrayEquals(p7m, download.body());
            assertNull(pades.document().p7mPath());
            assertEquals(404, api.getAny(DocumentView.p7mPath(padesDocument.protocol())).status(),
                    "no .p7m for a document signed within the PDF");

            JsonObject verified = verify(p7m, "application/pkcs7-mime");
            assertEquals(cadesDocument.protocol(), verified.getJsonObject("registered").getString("protocol"));
            JsonObject envelopeSigner = verified.getJsonArray("signatures").getJsonObject(0);
            assertEquals("CAdES", envelopeSigner.getString("subFilter"));
            assertEquals("ROSSI MARIO", envelopeSigner.getString("signer"));
            assertTrue(envelopeSigner.getBoolean("valid"), envelopeSigner.toString());
            assertTrue(verified.getJsonArray("signatures").size() >= 2, "then the PDF's own signatures");
            assertEquals("verify.error.p7m.detached", verifyRefused(provider.cades(pdf, false, null, rossi)));
        } finally {
            assertEquals(204, api.delete(ANCHORS + "/" + anchorId, admin).status());
        }
    }

    @Test
    @RunAsClient
    void theAdminAddsAndRemovesAnAuthorityOnTheirPageInBothLanguages() throws Exception {
        ExternalPki provider = new ExternalPki("Pagina " + TestData.unique(), Instant.now());
        String subject = provider.ca.getSubjectX500Principal().getName();
        Path file = Files.createTempFile("sfide-ca", ".pem");
        Files.writeString(file, pem(provider.ca));
        List<String> problems;
        try {
            problems = TrustAnchorsPage.addAndRemove(file, subject);
        } finally {
            Files.deleteIfExists(file);
        }
        assertEquals(List.of(), problems);
        String admin = api.token("admin", Api.DEMO_PASSWORD);
        assertFalse(api.get(ANCHORS, admin).array().stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getString("subject").equals(subject)));
    }

    private DocumentView issue() {
        return issuer.issue(new VerificationCertificate.Renderer(), new VerificationCertificate("Alfa srl "
                + TestData.unique(), "OPERATOR", "01234567890", "01234567890", "admin", Instant.now()),
                new Issue("it-contract", TestData.unique(), null, it.sfide.document.Visibility.PUBLIC, Locale.ITALIAN));
    }

    /** As the contract area's boundary will: in its transaction, rolled back when refused. */
    private CountersignatureView countersign(DocumentView document, byte[] upload, List<ExpectedSigner> accepted) {
        return countersignatures.countersign(document.protocol(), upload, accepted);
    }

    private static JsonObject verify(byte[] body, String type) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/api/v1/verify")).header("Content-Type", type).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String verifyRefused(byte[] body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/api/v1/verify")).header("Content-Type", "application/pkcs7-mime")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(422, response.statusCode(), response.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readObject().getJsonArray("fields").getJsonObject(0).getString("code");
        }
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
