package it.sfide.platform.web;

import it.sfide.platform.i18n.Texts;
import it.sfide.shared.SfideException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Messages of the pages in the user's language, at the top of the page; business failures are put on their
 * fields by {@link PageExceptionHandler}. Also the request parameters a page loads its object by.
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
            throw SfideException.notFound(notFoundKey);
        }
        return value;
    }

    /** The session's language (the view root's may not be set yet, e.g. in a view action). */
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
