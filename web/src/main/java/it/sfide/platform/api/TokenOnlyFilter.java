package it.sfide.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The API authenticates with bearer tokens only. A browser session cookie, which a hostile page could make the
 * browser send (cross-site request forgery), does not count: such a request is treated as anonymous (401).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenOnlyFilter implements ContainerRequestFilter {

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (security != null && security.getUserPrincipal() != null && !bearer) {
            request.abortWith(ApiErrors.of(401, "error.token.required", ApiErrors.locale(headers)));
        }
    }
}
