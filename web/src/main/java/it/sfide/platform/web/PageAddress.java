package it.sfide.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form sends itself back to the address its page was opened with ({@code /challenges/view.xhtml?id=7}), not to
 * the bare view: the page's request-scoped backing bean finds its object again by the same parameters on every
 * request, so no page keeps its object in the session between requests.
 */
public class PageAddress extends ViewHandlerWrapper {

    public PageAddress(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String action = super.getActionURL(context, viewId);
        if (context.getViewRoot() == null || !viewId.equals(context.getViewRoot().getViewId())
                || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return action;
        }
        String query = request.getQueryString();
        if (query == null || query.isBlank() || query.contains("\r") || query.contains("\n")) {
            return action;
        }
        return action + (action.contains("?") ? "&" : "?") + query;
    }
}
