package it.sfide.community.web;

import it.sfide.community.SharedFile;
import it.sfide.community.boundary.CommunityViews.Attachment;
import it.sfide.shared.SfideException;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a document chosen in a form into an attachment, refusing one over the size limit before reading it all. */
final class Uploads {

    private Uploads() {
    }

    static Attachment of(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > SharedFile.MAX_BYTES) {
            throw SfideException.invalid("file", "community.error.fileTooLarge", SharedFile.MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = part.getInputStream()) {
            return new Attachment(part.getSubmittedFileName(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
