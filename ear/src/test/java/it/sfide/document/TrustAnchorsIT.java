package it.sfide.document;

import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
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
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An outsider downloads the published trust anchors, without logging in, and checks them with the JDK alone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustAnchorsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private static byte[] download(String path, String expectedType) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expectedType), path);
        return response.body();
    }

    @Test
    void publishedTimeStampingCertificateChainsToThePublishedRootAndIsNotRevoked() throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        byte[] caPem = download("/api/v1/trust/ca.pem", "application/x-pem-file");
        assertTrue(new String(caPem, StandardCharsets.US_ASCII).startsWith("-----BEGIN CERTIFICATE-----"));
        X509Certificate ca = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(caPem));
        X509Certificate tsa = (X509Certificate) factory.generateCertificate(
                new ByteArrayInputStream(download("/api/v1/trust/tsa.pem", "application/x-pem-file")));
        X509CRL crl = (X509CRL) factory.generateCRL(
                new ByteArrayInputStream(download("/api/v1/trust/ca.crl", "application/pkix-crl")));

        ca.verify(ca.getPublicKey());
        assertTrue(ca.getBasicConstraints() >= 0);
        assertTrue(tsa.getCriticalExtensionOIDs().contains("2.5.29.37"), "extended key usage critical");
        assertEquals(List.of("1.3.6.1.5.5.7.3.8"), tsa.getExtendedKeyUsage());
        crl.verify(ca.getPublicKey());

        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        parameters.setRevocationEnabled(true);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(tsa)), parameters);
    }

    @Test
    void openSslVerifiesATimeStampOfThePlatformAuthorityAgainstThePublishedRoot() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sfide-tsa");
        java.nio.file.Path data = java.nio.file.Files.writeString(dir.resolve("receipt.txt"), "ricevuta " + System.nanoTime());
        java.nio.file.Files.write(dir.resolve("ca.pem"), download("/api/v1/trust/ca.pem", "application/x-pem-file"));
        java.nio.file.Files.write(dir.resolve("tsa.pem"), download("/api/v1/trust/tsa.pem", "application/x-pem-file"));
        run(dir, "openssl", "ts", "-query", "-data", data.toString(), "-sha256", "-cert", "-out", "request.tsq");

        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/api/v1/trust/tsa")).header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofFile(dir.resolve("request.tsq"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode());
        assertEquals("application/timestamp-reply", reply.headers().firstValue("Content-Type").orElse(""));
        java.nio.file.Files.write(dir.resolve("reply.tsr"), reply.body());

        String verdict = run(dir, "openssl", "ts", "-verify", "-in", "reply.tsr", "-data", data.toString(),
                "-CAfile", "ca.pem", "-untrusted", "tsa.pem");
        assertTrue(verdict.contains("Verification: OK"), verdict);

        java.nio.file.Files.writeString(data, "altered", java.nio.file.StandardOpenOption.APPEND);
        String altered = runAllowingFailure(dir, "openssl", "ts", "-verify", "-in", "reply.tsr", "-data",
                data.toString(), "-CAfile", "ca.pem", "-untrusted", "tsa.pem");
        assertTrue(!altered.contains("Verification: OK"), "a changed file no longer matches its time-stamp");
    }

    @Test
    void aMalformedTimeStampQueryIsRejectedByTheProtocolNotByAServerError() throws Exception {
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/api/v1/trust/tsa")).header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x30, 0x03, 1, 2, 3})).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode());
        assertEquals(2, new org.bouncycastle.tsp.TimeStampResponse(reply.body()).getStatus(), "rejection status");
        HttpResponse<String> huge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/api/v1/trust/tsa")).header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[100_000])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, huge.statusCode());
    }

    private static String run(java.nio.file.Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
        return output;
    }

    private static String runAllowingFailure(java.nio.file.Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Test
    void theAnchorsStayTheSameFromOneRequestToTheNext() throws Exception {
        assertEquals(new String(download("/api/v1/trust/ca.pem", "application/x-pem-file"), StandardCharsets.US_ASCII),
                new String(download("/api/v1/trust/ca.pem", "application/x-pem-file"), StandardCharsets.US_ASCII));
    }
}
