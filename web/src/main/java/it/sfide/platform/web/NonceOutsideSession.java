package it.sfide.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps PrimeFaces' nonce of the content security policy out of the session. On a page's first request PrimeFaces
 * draws the nonce just before rendering and stores it in the view's map unless the view is transient, to check the
 * nonce a later postback sends. The view's map lives in the session (Faces creates one for it), and a view is known
 * to be transient only once it is built, after that moment when {@code <f:view transient="true">} is in a template:
 * so a stateless page would open a session for every visitor. Here, once the view is restored and before anything
 * renders, the nonce is drawn with the view taken for transient for that instant: PrimeFaces keeps it for the request
 * only. A postback then carries the nonce of its page (a stateful view's postback needs the view state kept in the
 * session, a stateless one's whole-page answer gets a new nonce, see {@link FreshNonceRequest}).
 */
public class NonceOutsideSession implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view is not there yet
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view == null || context.isPostback() || context.getPartialViewContext().isAjaxRequest()
                || !PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            return;
        }
        boolean wasTransient = view.isTransient();
        view.setTransient(true);
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } finally {
            view.setTransient(wasTransient);
        }
    }
}
