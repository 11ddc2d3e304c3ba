package it.sfide.document.control;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateAuthorityTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void issuesATimeStampingCertificateThatChainsToTheRootWithItsCrl() throws Exception {
        KeyPair caKeys = CertificateAuthority.newKeyPair();
        X509Certificate ca = CertificateAuthority.selfSignedRoot(caKeys, "Test Root", NOW, Duration.ofDays(3650));
        KeyPair tsaKeys = CertificateAuthority.newKeyPair();
        X509Certificate tsa = CertificateAuthority.issue(ca, caKeys.getPrivate(), tsaKeys.getPublic(), "Test TSA",
                CertificateAuthority.Purpose.TIME_STAMPING, NOW, Duration.ofDays(365));
        X509CRL crl = CertificateAuthority.crl(ca, caKeys.getPrivate(), NOW);

        assertTrue(ca.getBasicConstraints() >= 0, "the root is a CA");
        ca.verify(ca.getPublicKey());
        assertEquals(-1, tsa.getBasicConstraints(), "the TSA is not a CA");
        assertEquals(List.of("1.3.6.1.5.5.7.3.8"), tsa.getExtendedKeyUsage(), "timeStamping");
        assertTrue(tsa.getCriticalExtensionOIDs().contains("2.5.29.37"), "extended key usage is critical");
        crl.verify(ca.getPublicKey());

        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        parameters.setDate(Date.from(NOW.plusSeconds(60)));
        parameters.setRevocationEnabled(true);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(tsa)), parameters);
    }

    @Test
    void anIssuedCertificateNeverOutlivesItsCa() {
        KeyPair caKeys = CertificateAuthority.newKeyPair();
        X509Certificate ca = CertificateAuthority.selfSignedRoot(caKeys, "Short Root", NOW, Duration.ofDays(10));
        X509Certificate seal = CertificateAuthority.issue(ca, caKeys.getPrivate(),
                CertificateAuthority.newKeyPair().getPublic(), "Seal", CertificateAuthority.Purpose.SEAL, NOW,
                Duration.ofDays(365));
        assertEquals(ca.getNotAfter(), seal.getNotAfter());
    }
}
