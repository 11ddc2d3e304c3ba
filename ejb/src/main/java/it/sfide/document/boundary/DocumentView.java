package it.sfide.document.boundary;

import it.sfide.document.IssuedDocument;
import it.sfide.document.Visibility;

import java.time.Instant;

/**
 * A registered document as listed and shown: everything but its bytes. A document signed outside the platform as a
 * CAdES envelope also has its {@code .p7m} (the signed artifact of the current version): its SHA-256 and where the
 * API serves it; both null otherwise.
 */
public record DocumentView(String protocol, String type, String title, String recordType, String recordId,
        Visibility visibility, String sha256, long sizeBytes, String signers, String language, Instant issuedAt,
        String downloadPath, String p7mSha256, String p7mPath) {

    public static DocumentView of(IssuedDocument d) {
        return new DocumentView(d.getProtocol(), d.getType(), d.getTitle(), d.getRecordType(), d.getRecordId(),
                d.getVisibility(), d.getSha256(), d.getSizeBytes(), d.getSigners(), d.getLanguage(), d.getIssuedAt(),
                downloadPath(d.getProtocol()), d.getP7mSha256(),
                d.getP7mSha256() == null ? null : p7mPath(d.getProtocol()));
    }

    /** Where the API serves a document's CAdES envelope, named {@code <protocol>.pdf.p7m}. */
    public static String p7mPath(String protocol) {
        return "/api/v1/documents/" + protocol + "/p7m";
    }

    /** Where the API serves a registered document's PDF. */
    public static String downloadPath(String protocol) {
        return "/api/v1/documents/" + protocol;
    }
}
