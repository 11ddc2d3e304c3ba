package it.sfide.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A CDI event: the container refused a request for the caller's role before any business method ran (a
 * boundary's {@code @RolesAllowed}, a page protected in web.xml). Fired where the refusal surfaces (the API's
 * {@code ExceptionMappers}, {@link PageExceptionHandler}); the audit area records it. Names the request, never its
 * content.
 *
 * @param actor the signed-in caller, or null
 * @param channel {@code api} or {@code page}
 * @param what the method and path (without the query) or the page
 */
public record AccessRefused(String actor, String channel, String what) {

    /** A refused request, named by its method and path (no query string: it may carry secrets). */
    public static AccessRefused of(HttpServletRequest request, String channel, String detail) {
        String what = request.getMethod() + " " + request.getRequestURI() + (detail == null ? "" : " " + detail);
        return new AccessRefused(request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
                channel, what);
    }
}
