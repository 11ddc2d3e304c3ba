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
 * A form sent after its page expired (session timeout, server restart) is not an error of the server: the person
 * is taken back to the same page, freshly loaded, with a message saying what happened (never an HTTP 500).
 * Registered in faces-config.xml.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    public ExpiredViewHandler(ExceptionHandler wrapped) {
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
                backToThePage(expired.getViewId());
            }
        }
        getWrapped().handle();
    }

    private static void backToThePage(String viewId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Messages.info("errorPage.expired.text");
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
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
