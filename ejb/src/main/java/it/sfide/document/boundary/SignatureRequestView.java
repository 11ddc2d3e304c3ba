package it.sfide.document.boundary;

import it.sfide.document.SignatureRequest;

import java.time.Instant;

/** A document a person is asked to sign, as listed to them. */
public record SignatureRequestView(long id, String protocol, String title, String roleLabel, Instant requestedAt,
        Instant signedAt, String downloadPath) {

    public static SignatureRequestView of(SignatureRequest r) {
        return new SignatureRequestView(r.getId(), r.getDocument().getProtocol(), r.getDocument().getTitle(),
                r.getRoleLabel(), r.getRequestedAt(), r.getSignedAt(),
                DocumentView.downloadPath(r.getDocument().getProtocol()));
    }
}
