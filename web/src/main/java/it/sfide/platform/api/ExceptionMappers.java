package it.sfide.platform.api;

import it.sfide.shared.SfideException;
import it.sfide.platform.web.AccessRefused;
import it.sfide.platform.web.Failures;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into {@code {"code","message"}} with the right status: business errors by their kind,
 * access denied as 401 (no credentials) or 403 (announced as {@link AccessRefused}, so it is audited), JAX-RS
 * errors by their status, anything else as a logged 500 whose message reveals nothing but an incident number.
 */
@Provider
public class ExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Context
    ResourceInfo resource;

    @Inject
    SecurityContext security;

    @Inject
    Event<AccessRefused> refusals;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = Failures.unwrap(thrown);
        if (e instanceof SfideException business) {
            return ApiErrors.of(business, ApiErrors.locale(headers));
        }
        if (Failures.isAccessDenied(e)) {
            refusals.fire(AccessRefused.of(request, "api", resource.getResourceMethod() == null ? null
                    : "(" + resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName()
                    + ")"));
            return security.getCallerPrincipal() == null
                    ? ApiErrors.of(401, "error.unauthorized", ApiErrors.locale(headers))
                    : ApiErrors.of(403, "error.forbidden", ApiErrors.locale(headers));
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String code = switch (status) {
                case 400 -> "error.badRequest";
                case 401 -> "error.unauthorized";
                case 403 -> "error.forbidden";
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                case 406, 415 -> "error.mediaType";
                case 413 -> "error.requestTooLarge";
                default -> status < 500 ? "error.badRequest" : "error.internal";
            };
            if (status >= 500) {
                return internal(e);
            }
            return ApiErrors.of(status, code, ApiErrors.locale(headers));
        }
        if (e instanceof jakarta.json.bind.JsonbException || e instanceof jakarta.json.JsonException
                || e instanceof IllegalArgumentException) {
            return ApiErrors.of(400, "error.badRequest", ApiErrors.locale(headers));
        }
        return internal(e);
    }

    private Response internal(Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API incident " + incident, e);
        return ApiErrors.of(500, "error.internal", ApiErrors.locale(headers));
    }
}
