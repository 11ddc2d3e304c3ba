package it.sfide.document.boundary;

import java.time.Instant;

/**
 * Someone who signed a document outside the platform, as their certificate names them.
 *
 * @param format {@code PADES} (a signature within the PDF) or {@code CADES} (a signer of the .p7m)
 * @param fullName given name and surname, or the certificate's common name
 * @param taxCode the codice fiscale from the certificate's SERIALNUMBER ({@code TINIT-...}), or null
 * @param serialNumber the certificate subject's SERIALNUMBER as written, or null
 * @param certificateSha256 the SHA-256 fingerprint of the signer's certificate, lower-case hexadecimal
 * @param signingTime the time of a trusted time-stamp, otherwise the time the signer's software claims (may be null)
 * @param timeStamp the signature time-stamp's time when there is a valid, trusted one, else null
 * @param revocationChecked every certificate of the chain was checked against a current CRL (found in the file or
 *        at the certificate's distribution point); false when none could be had
 * @param matchedAs the expected signer this one is, or null
 */
public record ExternalSignerView(String format, String fullName, String givenName, String surname,
        String commonName, String taxCode, String serialNumber, String organisation, String subject, String issuer,
        String certificateSha256, Instant signingTime, Instant timeStamp, boolean revocationChecked,
        ExpectedSigner matchedAs) {
}
