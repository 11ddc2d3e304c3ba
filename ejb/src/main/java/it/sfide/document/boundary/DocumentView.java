package it.sfide.document.boundary;

import it.sfide.document.IssuedDocument;
import it.sfide.document.Visibility;

import java.time.Instant;

/** A registered document as listed and shown: everything but its bytes. */
public record DocumentView(String protocol, String type, String title, String recordType, String recordId,
        Visibility visibility, String sha256, long sizeBytes, String signers, String language, Instant issuedAt,
        String downloadPath) {

    public static DocumentView of(IssuedDocument d) {
        return new DocumentView(d.getProtocol(), d.getType(), d.getTitle(), d.getRecordType(), d.getRecordId(),
                d.getVisibility(), d.getSha256(), d.getSizeBytes(), d.getSigners(), d.getLanguage(), d.getIssuedAt(),
                downloadPath(d.getProtocol()));
    }

    /** Where the API serves a registered document's PDF. */
    public static String downloadPath(String protocol) {
        return "/api/v1/documents/" + protocol;
    }
}
