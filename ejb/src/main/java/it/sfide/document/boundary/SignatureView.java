package it.sfide.document.boundary;

import it.sfide.document.control.SignatureInspector;

import java.time.Instant;

/** One signature of a verified file, as the verification page and the API report it. */
public record SignatureView(String field, String signer, String role, String reason, Instant claimedTime,
        String subFilter, boolean intact, boolean coversWholeFile, boolean changedAfter, String chain,
        String chainDetail, Instant timeStamp, boolean timeStampValid, boolean valid) {

    public static SignatureView of(SignatureInspector.SignatureCheck c) {
        return new SignatureView(c.field(), c.signer(), c.role(), c.reason(), c.claimedTime(), c.subFilter(),
                c.intact(), c.coversWholeFile(), c.changedAfter(), c.chain().name(), c.chainDetail(), c.timeStamp(),
                c.timeStampValid(), c.valid());
    }

    /**
     * A signer of a CAdES envelope (.p7m), numbered from 1 in the envelope's order: it covers the whole content
     * by construction; sub-filter {@code CAdES}.
     */
    public static SignatureView ofEnvelope(int number, SignatureInspector.SignerCheck c) {
        return new SignatureView("p7m-" + number, c.certificate() == null ? null
                : SignatureInspector.commonName(c.certificate()), null, null, c.claimedTime(), "CAdES", c.intact(),
                true, false, c.chain().name(), c.chainDetail(), c.timeStamp(), c.timeStampValid(), c.valid());
    }
}
