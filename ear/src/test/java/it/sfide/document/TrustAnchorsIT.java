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
    void theAnchorsStayTheSameFromOneRequestToTheNext() throws Exception {
        assertEquals(new String(download("/api/v1/trust/ca.pem", "application/x-pem-file"), StandardCharsets.US_ASCII),
                new String(download("/api/v1/trust/ca.pem", "application/x-pem-file"), StandardCharsets.US_ASCII));
    }
}
