package it.sfide.platform.web;

import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The one place where pages turn failures of the person's request into what the person sees; registered in
 * faces-config.xml. Backing beans do not catch business failures: they reach this handler wrapped by the EJB
 * container, EL, Faces or CDI, and are recognised by their cause ({@link Failures#business}).
 * <ul>
 * <li>A business failure ({@link SfideException}) or an access denial raised by an action, an ajax listener or a
 * view action (any phase before rendering): its message in the user's language next to its field in the form that
 * was sent ({@link FieldInputs}; several fields for a {@link ValidationFailure}, with {@code error.validation} at
 * the top), or at the top of the page ({@code error.forbidden} for a denial); what was typed stays, and the same
 * page (for ajax, the request's targets) is rendered again. The current view's bean hears of it first through the
 * {@link PageFailure} event. An access denial is announced as {@link AccessRefused}, so it is audited (one raised
 * while rendering reaches the 403 error page, where audit's filter records it).</li>
 * <li>Raised while the page is being built or rendered (a bean loading its object from the request, a getter):
 * the error page instead of the page: 404 for something not found, 403 for a refusal, otherwise the status of the
 * failure's kind with its message.</li>
 * <li>A form whose view state cannot be restored at all (a forged {@code jakarta.faces.ViewState}): 400.</li>
 * <li>A form sent after its page expired (session timeout, server restart), or an upload over the size limit:
 * back to the same page, freshly loaded, with a message saying what happened.</li>
 * </ul>
 * Anything else goes on to the container's handler (the error page, logged).
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    /** The request attribute holding a business failure's message for the error page. */
    public static final String FAILURE_MESSAGE = "it.sfide.failure";

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            Throwable thrown = queued.getException();
            Throwable business = Failures.business(thrown);
            PhaseId phase = queued.getPhaseId() != null ? queued.getPhaseId() : faces.getCurrentPhaseId();
            while (thrown instanceof FacesException && !(thrown instanceof ViewExpiredException)
                    && thrown.getCause() != null) {
                thrown = thrown.getCause();
            }
            if (business != null && phase != PhaseId.RENDER_RESPONSE) {
                events.remove();
                showOnThePage(faces, business);
            } else if (business != null && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                errorPage(faces, business);
            } else if (thrown instanceof ViewExpiredException expired) {
                events.remove();
                backToThePage(expired.getViewId(), "errorPage.expired.text");
            } else if (isUploadTooLarge(thrown)) {
                events.remove();
                backToThePage(faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId(),
                        "error.upload.tooLarge");
            } else if (phase == PhaseId.RESTORE_VIEW && thrown instanceof FacesException
                    && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                sendError(faces, 400);
            }
        }
        getWrapped().handle();
    }

    private static void showOnThePage(FacesContext faces, Throwable business) {
        if (business instanceof SfideException failure) {
            if (faces.getExternalContext().getSession(false) != null) {
                // only view-scoped beans hear it, and they live in a session: without one (a visitor's stateless
                // page) asking the view scope whether a bean exists would open a session for nothing
                CDI.current().getBeanManager().getEvent().select(PageFailure.class).fire(new PageFailure(failure));
            }
            if (failure instanceof ValidationFailure validation) {
                Messages.error("error.validation");
                validation.problems().forEach(problem -> FieldInputs.show(faces, problem));
            } else {
                FieldInputs.show(faces, failure);
            }
        } else {
            refused(faces);
            Messages.error("error.forbidden");
        }
        faces.validationFailed();
        faces.renderResponse();
    }

    /** A role check of the container refused an action: announced, so it is audited (in its own transaction). */
    private static void refused(FacesContext faces) {
        CDI.current().getBeanManager().getEvent().select(AccessRefused.class).fire(AccessRefused.of(
                (HttpServletRequest) faces.getExternalContext().getRequest(), "page",
                faces.getViewRoot() == null ? null : "(" + faces.getViewRoot().getViewId() + ")"));
    }

    /** What {@code responseSendError} does for the page that cannot be shown; the error pages are in web.xml. */
    private static void errorPage(FacesContext faces, Throwable business) {
        ExternalContext external = faces.getExternalContext();
        int status = 403;
        if (business instanceof SfideException failure && failure.kind() != ErrorKind.FORBIDDEN) {
            status = failure.kind().httpStatus();
            if (failure.kind() != ErrorKind.NOT_FOUND) {
                external.getRequestMap().put(FAILURE_MESSAGE,
                        Messages.text(failure.messageKey(), failure.arguments()));
            }
        }
        sendError(faces, status);
    }

    /** The error page of {@code status} (a forged view state, e.g. {@code stateless} for a stateful view: 400). */
    private static void sendError(FacesContext faces, int status) {
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
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
        String query = external.getRequest() instanceof jakarta.servlet.http.HttpServletRequest request
                ? request.getQueryString() : null;
        if (!target.equals("/index.xhtml") && query != null && !query.contains("\r") && !query.contains("\n")) {
            target += "?" + query; // the address of the page the form was on (PageAddress), e.g. its ?id=
        }
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
