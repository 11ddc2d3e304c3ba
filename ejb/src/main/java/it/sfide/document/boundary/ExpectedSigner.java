package it.sfide.document.boundary;

/**
 * Someone whose signature the caller accepts on an externally signed document (e.g. a legal representative of the
 * operator, as the contract area knows them): matched by tax code when both the expectation and the certificate
 * have one (case-insensitive; {@code TINIT-} and {@code IT:} prefixes ignored), otherwise by full name (case-,
 * accent- and apostrophe-insensitive, given name and surname in either order).
 *
 * @param fullName as the person is known, e.g. "Mario Rossi"; may be null when the tax code is given
 * @param taxCode the codice fiscale, e.g. "RSSMRA80A01H501U"; may be null when the name is given
 * @param role in what capacity they sign, shown in the document's list of signers (e.g. "Legale rappresentante,
 *        Acme srl"); null for a generic "signed outside the platform"
 */
public record ExpectedSigner(String fullName, String taxCode, String role) {

    public ExpectedSigner(String fullName, String taxCode) {
        this(fullName, taxCode, null);
    }
}
