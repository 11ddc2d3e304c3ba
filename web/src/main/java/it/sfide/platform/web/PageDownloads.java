package it.sfide.platform.web;

import it.sfide.platform.api.Downloads;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Files sent by a page's button: always as attachments, with the name in UTF-8 and the headers of an answer that is
 * not a page ({@code nosniff}, a content security policy allowing nothing).
 */
public final class PageDownloads {

    private PageDownloads() {
    }

    public static void send(byte[] content, String contentType, String fileName) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        // the reset dropped the headers of SecurityHeaders: a file gets those of an answer that is not a page
        SecurityHeaders.answerHeaders((HttpServletResponse) external.getResponse());
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", Downloads.disposition(fileName));
        external.setResponseHeader("Cache-Control", "private, no-store");
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
