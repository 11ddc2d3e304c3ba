package it.sfide.document;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.testing.Api;
import it.sfide.testing.Browser;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import it.sfide.validation.IndependentValidators;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outsider, without an account, downloads an organisation's verification certificate the running portal issued,
 * checks it with the EU DSS validator trusting only the published root CA (offline) and with veraPDF, and checks
 * it on the verification page; a changed copy is not recognised.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IssuedDocumentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    /**
     * An anonymous download as a plain HTTP/1.1 client does it. (Java's client otherwise asks each new connection
     * to upgrade to cleartext HTTP/2, and Payara's plaintext listener once answered a PDF's upgrade with a garbled
     * frame: seen in CI, 2026-12-07; the portal is meant to sit behind TLS, where no such upgrade happens.)
     */
    private static byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static X509Certificate publishedRoot() throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(get("/api/v1/trust/ca.pem")));
    }

    private JsonObject certificateOf(String organisationName) {
        return api.get("/api/v1/documents?recordType=organisation&max=200", null).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("type").equals("organisation-verification"))
                .filter(d -> certificateText(d).contains(organisationName))
                .findFirst().orElseThrow(() -> new AssertionError("no certificate for " + organisationName));
    }

    private static String certificateText(JsonObject d) {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(get(d.getString("downloadPath")))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOutsiderValidatesADemoCertificateWithDssTrustingOnlyThePublishedRoot() throws Exception {
        JsonObject registration = certificateOf("Comune di Milano");
        assertEquals("PUBLIC", registration.getString("visibility"));
        byte[] pdf = get(registration.getString("downloadPath"));
        Path saved = Path.of(System.getProperty("sfide.test.out", "target"), "documents",
                registration.getString("protocol") + ".pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, pdf);

        assertEquals(registration.getString("sha256"), sha256(pdf), "the registry holds the hash of these bytes");
        SimpleReport report = IndependentValidators.pades(pdf, publishedRoot());
        assertEquals(2, report.getSignaturesCount(), "the platform's seal and the verifying administrator's signature");
        for (String id : report.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(id), report.toString());
            assertEquals(SignatureLevel.PAdES_BASELINE_LT, report.getSignatureFormat(id));
        }

        IndependentValidators.PdfACheck pdfA = IndependentValidators.pdfA2b(pdf);
        assertTrue(pdfA.compliant(), "PDF/A-2b after signing: " + pdfA.failures());
    }

    @Test
    void verifyingAnOrganisationIssuesItsCertificate() {
        long id = registerOperator();
        assertEquals(0, api.get("/api/v1/documents?recordType=organisation&recordId=" + id, null).array().size());
        String admin = api.token("admin", Api.DEMO_PASSWORD);
        assertEquals(200, api.post("/api/v1/admin/organisations/" + id + "/verification", admin, "").status());

        List<JsonObject> documents = api.get("/api/v1/documents?recordType=organisation&recordId=" + id, null)
                .array().stream().map(JsonValue::asJsonObject).toList();
        assertEquals(1, documents.size());
        assertEquals("en", documents.get(0).getString("language"), "in the language of the organisation's manager");
        assertTrue(documents.get(0).getString("protocol").matches("SFIDE-\\d{4}-\\d{6}"));
        assertEquals(404, api.get("/api/v1/documents/SFIDE-1999-000000/registration", null).status());
    }

    @Test
    void theVerifyingAdministratorSignsTheCertificateWithTheirPasswordAndEveryAttemptIsAudited() throws Exception {
        long organisation = registerOperator();
        String admin = api.token("admin", Api.DEMO_PASSWORD);
        assertEquals(200, api.post("/api/v1/admin/organisations/" + organisation + "/verification", admin, "").status());
        JsonObject document = api.get("/api/v1/documents?recordType=organisation&recordId=" + organisation, null)
                .array().getJsonObject(0);
        String protocol = document.getString("protocol");
        byte[] sealedOnly = get(document.getString("downloadPath"));
        JsonObject request = api.get("/api/v1/signatures", admin).array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("protocol").equals(protocol)).findFirst()
                .orElseThrow(() -> new AssertionError("the certificate waits for the administrator's signature"));
        long requestId = request.getJsonNumber("id").longValue();
        assertEquals("Verifying administrator", request.getString("roleLabel"), "in the manager's language");

        String operatorToken = api.token("operator1", Api.DEMO_PASSWORD);
        assertEquals(404, api.post("/api/v1/signatures/" + requestId, operatorToken, password(Api.DEMO_PASSWORD))
                .status(), "nobody signs a request addressed to someone else");
        Api.Reply wrong = api.post("/api/v1/signatures/" + requestId, admin, password("not-my-password-1"));
        assertEquals(422, wrong.status(), wrong.body());
        assertEquals("error.signature.password", wrong.json().getJsonArray("fields").getJsonObject(0).getString("code"));
        assertEquals(document.getString("sha256"), sha256(get(document.getString("downloadPath"))),
                "a refused attempt changes nothing");

        Api.Reply signed = api.post("/api/v1/signatures/" + requestId, admin, password(Api.DEMO_PASSWORD));
        assertEquals(200, signed.status(), signed.body());
        assertTrue(signed.json().getString("signers").contains("Amministratore Sfide (Verifying administrator)"),
                signed.body());
        assertEquals(409, api.post("/api/v1/signatures/" + requestId, admin, password(Api.DEMO_PASSWORD)).status(),
                "signed once only");

        byte[] pdf = get(document.getString("downloadPath"));
        assertEquals(signed.json().getString("sha256"), sha256(pdf));
        SimpleReport report = IndependentValidators.pades(pdf, publishedRoot());
        assertEquals(2, report.getSignaturesCount());
        for (String id : report.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(id), report.toString());
            assertEquals(SignatureLevel.PAdES_BASELINE_LT, report.getSignatureFormat(id));
        }
        assertTrue(report.getSignatureIdList().stream().map(report::getSignedBy)
                .anyMatch(name -> name.contains("Amministratore Sfide")), "the personal certificate names the signer");
        IndependentValidators.PdfACheck pdfA = IndependentValidators.pdfA2b(pdf);
        assertTrue(pdfA.compliant(), pdfA.failures());

        JsonObject earlier = post(sealedOnly, "application/pdf", 200);
        assertTrue(earlier.isNull("registered") || !earlier.containsKey("registered"), earlier.toString());
        assertEquals(protocol, earlier.getJsonObject("earlierVersionOf").getString("protocol"),
                "the file received before the signature is recognised as an earlier version");

        String audit = api.get("/api/v1/audit?action=document.sign&max=50", admin).body();
        assertTrue(audit.contains("REFUSED") && audit.contains("DONE"), audit);
        assertTrue(!audit.contains("not-my-password-1") && !audit.contains(Api.DEMO_PASSWORD), "no password kept");
    }

    @Test
    void aVerifiedPublicBodyHasItsOwnSealCertificateFromThePlatformCa() throws Exception {
        String milano = certificateOf("Comune di Milano").getString("recordId");
        X509Certificate seal = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(get("/api/v1/trust/bodies/" + milano + ".pem")));
        assertTrue(seal.getSubjectX500Principal().getName().contains("CN=Comune di Milano"),
                seal.getSubjectX500Principal().getName());
        assertTrue(seal.getKeyUsage()[0] && seal.getKeyUsage()[1], "digital signature and non-repudiation");
        var path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(seal));
        var parameters = new java.security.cert.PKIXParameters(
                java.util.Set.of(new java.security.cert.TrustAnchor(publishedRoot(), null)));
        parameters.setRevocationEnabled(false);
        java.security.cert.CertPathValidator.getInstance("PKIX").validate(path, parameters);

        String politecnico = certificateOf("Politecnico di Milano").getString("recordId");
        assertEquals(404, api.getAny("/api/v1/trust/bodies/" + politecnico + ".pem").status(),
                "operators have no body seal");
    }

    private static String password(String value) {
        return Json.createObjectBuilder().add("password", value).build().toString();
    }

    private long registerOperator() {
        String suffix = TestData.unique();
        JsonObject request = Json.createObjectBuilder().add("kind", "OPERATOR")
                .add("organisationName", "Firmata " + suffix + " S.r.l.").add("country", "IT")
                .add("taxCode", TestData.italianVatNumber()).add("operatorType", "SME")
                .add("contactEmail", "f." + suffix + "@example.org").add("fullName", "Titolare " + suffix)
                .add("username", "sign" + suffix).add("email", "sign." + suffix + "@example.org")
                .add("password", "Ontano-nero-2026!").add("locale", "en").build();
        assertEquals(202, api.post("/api/v1/registrations", null, request.toString()).status());
        return api.organisationOf(api.token("sign" + suffix, "Ontano-nero-2026!"));
    }

    @Test
    void theVerificationPageRecognisesTheIssuedFileAndNotAChangedCopy() throws Exception {
        JsonObject registration = certificateOf("Regione Lombardia");
        String protocol = registration.getString("protocol");
        byte[] pdf = get(registration.getString("downloadPath"));
        Path original = Files.createTempFile("sfide-", ".pdf");
        Files.write(original, pdf);
        byte[] changed = pdf.clone();
        changed[2000] ^= 0x01; // inside the signed bytes
        Path altered = Files.createTempFile("sfide-altered-", ".pdf");
        Files.write(altered, changed);

        try (Browser browser = new Browser()) {
            browser.open("/verify?p=" + protocol);
            assertTrue(browser.driver().getPageSource().contains(registration.getString("sha256")),
                    "the QR code's address shows the registration");
            browser.driver().findElement(By.id("upload:file")).sendKeys(original.toString());
            browser.clickToNewPage(By.id("upload:check"));
            assertTrue(browser.text(By.id("outcome")).contains(protocol), browser.text(By.id("outcome")));
            assertEquals(1, browser.driver().findElements(By.cssSelector("#outcome .summary-ok")).size(),
                    () -> "the seal is reported valid: " + browser.driver().findElement(By.id("outcome")).getAttribute("innerHTML"));
            browser.screenshot("verify-match");

            browser.driver().findElement(By.id("upload:file")).sendKeys(altered.toString());
            browser.clickToNewPage(By.id("upload:check"));
            assertTrue(browser.driver().findElements(By.cssSelector("#outcome .page-message-error")).size() == 1,
                    "a changed copy is not the registered document");
            assertEquals(1, browser.driver().findElements(By.cssSelector("#outcome .summary-ko")).size(),
                    "and its signature no longer holds");
            browser.screenshot("verify-altered");
        }
    }

    @Test
    void theVerificationApiReportsEachSignatureAndRefusesWhatIsNotAReadablePdf() throws Exception {
        JsonObject registration = certificateOf("Politecnico di Milano");
        byte[] pdf = get(registration.getString("downloadPath"));
        JsonObject report = post(pdf, "application/pdf", 200);
        assertEquals(registration.getString("protocol"), report.getJsonObject("registered").getString("protocol"));
        JsonObject seal = report.getJsonArray("signatures").getJsonObject(0);
        assertTrue(seal.getBoolean("valid"), seal.toString());
        assertEquals("TRUSTED", seal.getString("chain"));
        assertTrue(seal.getBoolean("intact") && seal.getBoolean("timeStampValid") && !seal.getBoolean("changedAfter"));

        assertEquals("verify.error.notPdf", firstFieldCode(post("hello".getBytes(), "application/pdf", 422)));
        assertEquals("verify.error.malformed",
                firstFieldCode(post("%PDF-1.7\n1 0 obj <<".getBytes(), "application/pdf", 422)));
        byte[] encrypted;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("o", "u",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            encrypted = out.toByteArray();
        }
        assertEquals("verify.error.encrypted", firstFieldCode(post(encrypted, "application/pdf", 422)));
        byte[] huge = new byte[50 * 1024 * 1024 + 10];
        System.arraycopy("%PDF-1.7".getBytes(), 0, huge, 0, 8);
        assertEquals("verify.error.tooLarge", firstFieldCode(post(huge, "application/pdf", 422)));
    }

    private static JsonObject post(byte[] body, String type, int expectedStatus) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/api/v1/verify")).header("Content-Type", type).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        try (var reader = Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String firstFieldCode(JsonObject error) {
        return error.getJsonArray("fields").getJsonObject(0).getString("code");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
