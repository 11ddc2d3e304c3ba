package it.sfide.document.control;

import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class TimeStampAuthorityTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00.123Z");

    @Test
    void stampsADigestWithAVerifiableTokenOfTheAuthority() throws Exception {
        KeyPair caKeys = CertificateAuthority.newKeyPair();
        X509Certificate ca = CertificateAuthority.selfSignedRoot(caKeys, "Root", NOW, Duration.ofDays(3650));
        KeyPair tsaKeys = CertificateAuthority.newKeyPair();
        X509Certificate tsa = CertificateAuthority.issue(ca, caKeys.getPrivate(), tsaKeys.getPublic(), "TSA",
                CertificateAuthority.Purpose.TIME_STAMPING, NOW, Duration.ofDays(365));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("receipt".getBytes());

        TimeStampToken token = TimeStampAuthority.stamp(digest, tsa, tsaKeys.getPrivate(), List.of(tsa, ca), NOW);

        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
        assertArrayEquals(digest, token.getTimeStampInfo().getMessageImprintDigest());
        assertEquals(NOW.getEpochSecond() * 1000, token.getTimeStampInfo().getGenTime().getTime(),
                "signature time-stamps are to the second, so that their length is fixed");
        assertEquals(TimeStampAuthority.POLICY, token.getTimeStampInfo().getPolicy().getId());
        assertNotNull(token.getSignedAttributes().get(
                org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2), "ESS signing-certificate-v2");
        assertEquals(2, token.getCertificates().getMatches(null).size(), "the chain travels with the token");
    }

    @Test
    void answersHttpRequestsToTheMillisecond() throws Exception {
        KeyPair keys = CertificateAuthority.newKeyPair();
        X509Certificate root = CertificateAuthority.selfSignedRoot(keys, "Root", NOW, Duration.ofDays(10));
        X509Certificate tsa = CertificateAuthority.issue(root, keys.getPrivate(), keys.getPublic(), "TSA",
                CertificateAuthority.Purpose.TIME_STAMPING, NOW, Duration.ofDays(1));
        org.bouncycastle.tsp.TimeStampRequestGenerator requests = new org.bouncycastle.tsp.TimeStampRequestGenerator();
        byte[] request = requests.generate(org.bouncycastle.tsp.TSPAlgorithms.SHA256, new byte[32]).getEncoded();
        TimeStampResponse response = new TimeStampResponse(
                TimeStampAuthority.respond(request, tsa, keys.getPrivate(), List.of(tsa, root), NOW));
        assertEquals(NOW.toEpochMilli(), response.getTimeStampToken().getTimeStampInfo().getGenTime().getTime());
    }

    @Test
    void rejectsAMalformedRequestWithAnRfc3161Failure() throws Exception {
        KeyPair keys = CertificateAuthority.newKeyPair();
        X509Certificate root = CertificateAuthority.selfSignedRoot(keys, "Root", NOW, Duration.ofDays(10));
        X509Certificate tsa = CertificateAuthority.issue(root, keys.getPrivate(), keys.getPublic(), "TSA",
                CertificateAuthority.Purpose.TIME_STAMPING, NOW, Duration.ofDays(1));
        TimeStampResponse response = new TimeStampResponse(
                TimeStampAuthority.respond(new byte[] {1, 2, 3}, tsa, keys.getPrivate(), List.of(tsa), NOW));
        assertEquals(2, response.getStatus(), "rejection");
    }
}
