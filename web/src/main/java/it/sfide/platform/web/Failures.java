package it.sfide.platform.web;

import it.sfide.shared.SfideException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;

/** Recognises what a boundary failure really was, under the EJB container's wrapping. Shared by pages and API. */
public final class Failures {

    private Failures() {
    }

    /** The business exception or access denial inside container wrappers; the original failure otherwise. */
    public static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException && !isAccessDenied(e) || e instanceof jakarta.ws.rs.ProcessingException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /**
     * The business exception or access denial somewhere in the chain of causes (under the wrappers of the EJB
     * container, Faces, EL and CDI), or null when the failure is of another kind.
     */
    public static Throwable business(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SfideException || isAccessDenied(e)) {
                return e;
            }
        }
        return null;
    }

    /** The container refused the call for the caller's role. */
    public static boolean isAccessDenied(Throwable e) {
        return e instanceof EJBAccessException || e instanceof AccessLocalException;
    }
}
