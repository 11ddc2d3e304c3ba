package it.sfide.proposal.boundary;

import java.time.Instant;

/** A file of a draft as its operators see it: never its bytes (downloaded apart). */
public record AttachmentView(long id, String name, long sizeBytes, int pages, String sha256, Instant uploadedAt) {
}
