package it.sfide.document.control;

import com.sun.net.httpserver.HttpServer;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.identity.control.VerificationCertificate;
import it.sfide.shared.SfideException;
import it.sfide.validation.IndependentValidators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Sealing with an external RFC 3161 service of another authority, reached over HTTP like a production TSA: the
 * document still reaches baseline LT, because the service's certificates come from its token and its CRL from the
 * distribution point named in its certificate; a validator trusting both roots passes it. A service that fails
 * gives a clear refusal.
 */
class RemoteTimeStampTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final TestPki PLATFORM = new TestPki("Platform", NOW);
    private static HttpServer server;
    private static X509Certificate foreignRoot;
    private static String base;

    @BeforeAll
    static void startForeignTsa() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        KeyPair rootKeys = CertificateAuthority.newKeyPair();
        foreignRoot = CertificateAuthority.selfSignedRoot(rootKeys, "Foreign Trust Services Root",
                NOW.minus(Duration.ofDays(30)), Duration.ofDays(3650));
        KeyPair tsaKeys = CertificateAuthority.newKeyPair();
        X509Certificate tsa = CertificateAuthority.issue(foreignRoot, rootKeys.getPrivate(), tsaKeys.getPublic(),
                "Foreign TSA", CertificateAuthority.Purpose.TIME_STAMPING, NOW.minus(Duration.ofDays(30)),
                Duration.ofDays(365), base + "/root.crl");
        X509CRL crl = CertificateAuthority.crl(foreignRoot, rootKeys.getPrivate(), NOW.minus(Duration.ofHours(2)));
        server.createContext("/tsa", exchange -> {
            byte[] answer = TimeStampAuthority.respond(exchange.getRequestBody().readAllBytes(), tsa,
                    tsaKeys.getPrivate(), List.of(tsa, foreignRoot), NOW);
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/root.crl", exchange -> {
            try {
                byte[] body = crl.getEncoded();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (java.security.cert.CRLException e) {
                exchange.sendResponseHeaders(500, -1);
            }
            exchange.close();
        });
        server.createContext("/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aDocumentTimeStampedByAnExternalServiceIsBaselineLt() throws Exception {
        RemoteTimeStampAuthority remote = new RemoteTimeStampAuthority(URI.create(base + "/tsa"), "sfide", "secret");
        Seal seal = new Seal(PLATFORM.seal, "test", NOW, remote::stamp,
                List.of(PLATFORM.seal.certificate(), PLATFORM.ca),
                certificates -> RemoteCrls.covering(certificates, PLATFORM.ca, () -> PLATFORM.crls().get(0), NOW));
        byte[] pdf = PdfLayout.render(new VerificationCertificate.Renderer(), new VerificationCertificate("Comune di Bari",
                "PUBLIC_BODY", "80015010723", "c_a662", "admin", NOW), new DocumentHeader("SFIDE-2026-000042",
                "Sfide", "Attestato di verifica", NOW, "http://localhost:8080/verify?p=SFIDE-2026-000042",
                Locale.ITALIAN), seal);

        SimpleReport report = IndependentValidators.pades(pdf, PLATFORM.ca, foreignRoot);
        String id = report.getFirstSignatureId();
        assertEquals(Indication.TOTAL_PASSED, report.getIndication(id), report.toString());
        assertEquals(SignatureLevel.PAdES_BASELINE_LT, report.getSignatureFormat(id));
        IndependentValidators.PdfACheck pdfA = IndependentValidators.pdfA2b(pdf);
        assertEquals(true, pdfA.compliant(), pdfA.failures());
    }

    @Test
    void aServiceThatDoesNotAnswerIsAClearRefusal() {
        RemoteTimeStampAuthority down = new RemoteTimeStampAuthority(URI.create(base + "/down"), null, null);
        SfideException refused = assertThrows(SfideException.class, () -> down.stamp(new byte[32]));
        assertEquals("error.timeStamp.unavailable", refused.messageKey());
        RemoteTimeStampAuthority nobody = new RemoteTimeStampAuthority(URI.create("http://127.0.0.1:9/tsa"), null,
                null);
        assertEquals("error.timeStamp.unavailable",
                assertThrows(SfideException.class, () -> nobody.stamp(new byte[32])).messageKey());
    }
}
