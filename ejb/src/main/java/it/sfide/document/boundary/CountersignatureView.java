package it.sfide.document.boundary;

import java.util.List;

/**
 * A document after an accepted external signature: its registration (now the new version), how the upload was
 * signed, who signed in it, and every signature the document now carries (the PDF's, then the .p7m's signers).
 *
 * @param format {@code PADES} or {@code CADES}
 * @param newSigners the signatures the upload added, each with the signer's identity
 * @param signatures every signature of the document, checked as the verification page checks them
 * @param signedFileName the name to download the signed artifact under: {@code <protocol>.pdf} or
 *        {@code <protocol>.pdf.p7m}
 * @param signedFilePath where the API serves it: {@link DocumentView#downloadPath()} or {@link DocumentView#p7mPath()}
 * @param uploadedAs the name the file was uploaded under (its last segment, without control characters), or null
 */
public record CountersignatureView(DocumentView document, String format, List<ExternalSignerView> newSigners,
        List<SignatureView> signatures, String signedFileName, String signedFilePath, String uploadedAs) {
}
