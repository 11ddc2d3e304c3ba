package it.sfide.audit.web;

import it.sfide.audit.boundary.AuditTrail;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Audits the pages refused with 403: the container's security constraints of web.xml (an operator opening
 * {@code /admin/outbox.xhtml}) refuse before any filter or page runs, so the refusal is seen where the container
 * shows it, on its way to the 403 error page; a page whose bean was refused while loading arrives there too.
 */
@WebFilter(urlPatterns = "/error/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            trail.recordRefusal(request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
                    "page", request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        chain.doFilter(request, response);
    }
}
