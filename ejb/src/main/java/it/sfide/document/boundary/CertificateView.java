package it.sfide.document.boundary;

import it.sfide.shared.Digests;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;

/** A certificate as shown to people: subject, issuer, serial, validity, SHA-256 fingerprint, where to get it. */
public record CertificateView(String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
        String sha256, String pemPath) {

    public static CertificateView of(X509Certificate certificate, String pemPath) {
        try {
            return new CertificateView(certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16),
                    certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                    HexFormat.ofDelimiter(":").withUpperCase().formatHex(Digests.sha256(certificate.getEncoded())),
                    pemPath);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
