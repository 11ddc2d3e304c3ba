package it.sfide.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Failures of the person's request, not of the server, never end in an HTTP 500: a form sent after its page
 * expired (session timeout, server restart), or an upload over the size limit, takes the person back to the same
 * page, freshly loaded, with a message saying what happened. Registered in faces-config.xml.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            while (thrown instanceof FacesException && !(thrown instanceof ViewExpiredException)
                    && thrown.getCause() != null) {
                thrown = thrown.getCause();
            }
            if (thrown instanceof ViewExpiredException expired) {
                events.remove();
                backToThePage(expired.getViewId(), "errorPage.expired.text");
            } else if (isUploadTooLarge(thrown)) {
                events.remove();
                backToThePage(FacesContext.getCurrentInstance().getViewRoot() == null ? null
                        : FacesContext.getCurrentInstance().getViewRoot().getViewId(), "error.upload.tooLarge");
            }
        }
        getWrapped().handle();
    }

    /** The servlet container refuses a multipart request over the limits of web.xml. */
    static boolean isUploadTooLarge(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String text = t.getClass().getName() + " " + t.getMessage();
            if (text.contains("SizeLimitExceeded") || text.contains("FileSizeLimit")
                    || (t instanceof IllegalStateException && text.toLowerCase(java.util.Locale.ROOT).contains("size"))) {
                return true;
            }
        }
        return false;
    }

    private static void backToThePage(String viewId, String messageKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (messageKey.startsWith("error.")) {
            Messages.errorAfterRedirect(messageKey);
        } else {
            Messages.info(messageKey);
        }
        String target = viewId == null || viewId.startsWith("/error/") ? "/index.xhtml" : viewId;
        try {
            external.redirect(external.getRequestContextPath() + target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Installs the handler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
