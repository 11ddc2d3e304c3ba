package it.sfide.platform.web;

import it.sfide.platform.i18n.Texts;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import java.util.Locale;
import java.util.Map;

/**
 * The one place where pages turn outcomes and business errors into messages in the user's language: a field
 * error lands on its input (found by the id the form gives each field), anything else at the top of the page.
 */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... args) {
        return Texts.get(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** An error shown on the next page, after a redirect. */
    public static void errorAfterRedirect(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /** An error on one input of the form (by client id), found before calling a boundary. */
    public static void fieldError(String clientId, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        addTo(faces, SfideException.invalid(clientId, key, args), Map.of(clientId, clientId));
        faces.validationFailed();
    }

    /**
     * Shows a failure from a boundary. {@code fields} maps a business field name to the client id of its input,
     * e.g. {@code "taxCode" -> "form:taxCode"}. Returns true when it was a known, displayable failure.
     */
    public static boolean show(Exception thrown, Map<String, String> fields) {
        Throwable e = Failures.unwrap(thrown);
        if (Failures.isAccessDenied(e)) {
            error("error.forbidden");
            return true;
        }
        if (!(e instanceof SfideException business)) {
            return false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (business instanceof ValidationFailure failure) {
            error("error.validation");
            failure.problems().forEach(p -> addTo(faces, p, fields));
        } else {
            addTo(faces, business, fields);
        }
        faces.validationFailed();
        return true;
    }

    private static void addTo(FacesContext faces, SfideException problem, Map<String, String> fields) {
        String clientId = problem.field() == null ? null : fields.get(problem.field());
        String text = text(problem.messageKey(), problem.arguments());
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        if (clientId != null) {
            UIComponent input = faces.getViewRoot().findComponent(clientId);
            if (input instanceof jakarta.faces.component.UIInput field) {
                // an invalid input redisplays its submitted value (read before invalidating: Mojarra then
                // answers "" for a missing one): keep what was typed
                if (field.getSubmittedValue() == null) {
                    field.setSubmittedValue(faces.getExternalContext().getRequestParameterMap().get(clientId));
                }
                field.setValid(false);
            }
        }
    }

    /** The session's language (the view root's may not be set yet, e.g. in a view action). */
    /** A numeric request parameter, or null when absent or not a number. */
    public static Long longParameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A numeric request parameter the page cannot do without: a missing or wrong one is "not found". */
    public static long requiredParameter(String name, String notFoundKey) {
        Long value = longParameter(name);
        if (value == null) {
            throw it.sfide.shared.SfideException.notFound(notFoundKey);
        }
        return value;
    }

    /**
     * For a page that cannot show anything at all: answers a denied access with the 403 page and a missing
     * object with the 404 page. Returns false for any other failure.
     */
    public static boolean sendErrorPage(Exception thrown) {
        Throwable e = Failures.unwrap(thrown);
        int status;
        if (Failures.isAccessDenied(e) || e instanceof SfideException s && s.kind() == it.sfide.shared.ErrorKind.FORBIDDEN) {
            status = 403;
        } else if (e instanceof SfideException s && s.kind() == it.sfide.shared.ErrorKind.NOT_FOUND) {
            status = 404;
        } else {
            return false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (java.io.IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
        faces.responseComplete();
        return true;
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Texts.ITALIAN;
        }
        Locale chosen = faces.getApplication().evaluateExpressionGet(faces, "#{language.locale}", Locale.class);
        if (chosen != null) {
            return chosen;
        }
        return faces.getViewRoot() == null ? Texts.ITALIAN : faces.getViewRoot().getLocale();
    }
}
