package it.sfide.platform.web;

import it.sfide.platform.api.Downloads;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Files sent by a page's button: always as attachments, with {@code nosniff} and the name in UTF-8. */
public final class PageDownloads {

    private PageDownloads() {
    }

    public static void send(byte[] content, String contentType, String fileName) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", Downloads.disposition(fileName));
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader("Cache-Control", "private, no-store");
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
