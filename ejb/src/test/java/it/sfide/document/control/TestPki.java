package it.sfide.document.control;

import org.bouncycastle.tsp.TimeStampToken;

import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** A complete throw-away PKI for tests: root CA, time-stamping authority, platform seal, a person. */
final class TestPki {

    final Instant now;
    final KeyPair caKeys = CertificateAuthority.newKeyPair();
    final X509Certificate ca;
    final KeyPair tsaKeys = CertificateAuthority.newKeyPair();
    final X509Certificate tsa;
    final SigningIdentity seal;
    final SigningIdentity person;
    private final List<X509CRL> crls;

    TestPki(String name, Instant now) {
        this.now = now;
        ca = CertificateAuthority.selfSignedRoot(caKeys, name + " Root CA", now.minusSeconds(3600), Duration.ofDays(3650));
        tsa = CertificateAuthority.issue(ca, caKeys.getPrivate(), tsaKeys.getPublic(), name + " TSA",
                CertificateAuthority.Purpose.TIME_STAMPING, now.minusSeconds(3600), Duration.ofDays(365));
        seal = identity("Sfide Platform Seal", "seal", CertificateAuthority.Purpose.SEAL);
        person = identity("Giulia Bianchi", "RUP, Regione Lombardia", CertificateAuthority.Purpose.SIGNING);
        crls = List.of(CertificateAuthority.crl(ca, caKeys.getPrivate(), now.minusSeconds(50 * 60)));
    }

    private SigningIdentity identity(String name, String role, CertificateAuthority.Purpose purpose) {
        KeyPair keys = CertificateAuthority.newKeyPair();
        X509Certificate certificate = CertificateAuthority.issue(ca, caKeys.getPrivate(), keys.getPublic(), name,
                purpose, now.minusSeconds(3600), Duration.ofDays(365));
        return new SigningIdentity(keys.getPrivate(), List.of(certificate, ca), name, role);
    }

    Function<byte[], TimeStampToken> timeStamper() {
        return digest -> TimeStampAuthority.stamp(digest, tsa, tsaKeys.getPrivate(), List.of(tsa, ca), now);
    }

    List<X509Certificate> certificates() {
        return List.of(seal.certificate(), person.certificate(), tsa, ca);
    }

    /** The CA's CRL of the hour: issued a while before the signatures that embed it, as in production. */
    List<X509CRL> crls() {
        return crls;
    }

    /** How the platform seals a document it issues, with this PKI. */
    Seal sealing() {
        return new Seal(seal, "test", now, timeStamper(), certificates(), RevocationSource.of(crls()));
    }

    /** A later signature on an existing document, with a CRL fresh at that moment, as PlatformKeys gives. */
    byte[] signVisibly(byte[] pdf, SigningIdentity who, List<String> lines) {
        return PadesSigner.sign(pdf, who, "test", now, timeStamper(), certificates(),
                RevocationSource.of(List.of(CertificateAuthority.crl(ca, caKeys.getPrivate(), now))), lines);
    }

    byte[] sign(byte[] pdf, SigningIdentity who) {
        return PadesSigner.sign(pdf, who, "test", now, timeStamper(), certificates(),
                RevocationSource.of(List.of(CertificateAuthority.crl(ca, caKeys.getPrivate(), now))));
    }
}
