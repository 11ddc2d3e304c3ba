package it.sfide.document.boundary;

import it.sfide.document.control.Countersignatures;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Documents signed outside the platform: someone downloads a registered document (a contract carrying the
 * platform's seal and the buyer's signature), signs it with their own qualified signature and uploads the result,
 * as a signed PDF (PAdES: an incremental update of the downloaded file) or as a {@code .p7m} (CAdES: CMS signed data
 * holding the PDF). The upload is judged by its content, never its name, against the trust anchors (the platform's
 * root CA and those the admin added): the registered document must be unchanged in it, every earlier signature must
 * hold, and at least one new signature must hold, chain to a trusted authority and be by someone the caller expects
 * (by tax code or name). Then it becomes the document's new version: the signed PDF, or the .p7m beside the PDF it
 * holds; earlier versions stay recognisable by {@link SignatureVerification}.
 *
 * <p>The calling area decides who may upload and whose signature it expects (the contract area: the operator's
 * legal representatives); this boundary requires a signed-in caller who may read the document. It does not audit:
 * the calling area's act is the one audited (refusals included, since they arrive as {@link SfideException}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class ExternalSignatures {

    /** The largest upload accepted, as for verification: 50 MB. */
    public static final long MAX_BYTES = SignatureVerification.MAX_BYTES;

    @Inject
    DocumentRegistry registry;

    @Inject
    Countersignatures countersignatures;

    /**
     * Accepts an externally signed version of the document with this protocol number.
     *
     * @param upload the file as uploaded: a signed PDF or a .p7m (binary or base64)
     * @param fileName the name the file was uploaded under: not used to judge it (content decides), only
     *        reported back
     * @param accepted whose signature makes the upload acceptable; at least one
     * @return the document's new registration, the new signers and every signature
     * @throws SfideException 404/403 when the caller may not read the document; 422 on the field {@code file} with
     *         {@code document.error.external.*} when the upload is refused (see the keys)
     */
    public CountersignatureView countersign(String protocol, byte[] upload, String fileName,
            List<ExpectedSigner> accepted) {
        if (accepted == null || accepted.isEmpty() || accepted.stream().allMatch(e -> e == null
                || blank(e.fullName()) && blank(e.taxCode()))) {
            throw SfideException.invalid("signers", "document.error.external.noExpectedSigner");
        }
        if (upload == null || upload.length == 0) {
            throw SfideException.invalid("file", "document.error.external.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw SfideException.invalid("file", "document.error.external.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        registry.describe(protocol); // the caller may read it: the same answer as a download otherwise
        return countersignatures.countersign(protocol, upload, accepted, uploadedAs(fileName));
    }

    /** The last segment of a name as sent, without control or format characters, at most 200 characters. */
    static String uploadedAs(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        return name.isEmpty() ? null : name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
