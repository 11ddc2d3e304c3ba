package it.sfide.document.boundary;

import it.sfide.document.AnchorCertificate;

import java.time.Instant;

/**
 * A certification authority the platform admin added to the trust anchors.
 *
 * @param sha256 the certificate's SHA-256 fingerprint, lower-case hexadecimal
 * @param expired its validity ended (it still anchors chains judged at an earlier time-stamp)
 */
public record TrustAnchorView(long id, String subject, String issuer, String serial, Instant notBefore,
        Instant notAfter, String sha256, String addedBy, Instant addedAt, String note, boolean expired) {

    public static TrustAnchorView of(AnchorCertificate a, Instant now) {
        return new TrustAnchorView(a.getId(), a.getSubject(), a.getIssuer(), a.getSerial(), a.getNotBefore(),
                a.getNotAfter(), a.getSha256(), a.getAddedBy(), a.getAddedAt(), a.getNote(),
                now.isAfter(a.getNotAfter()));
    }
}
