package it.sfide.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method anonymous callers may use: the OpenAPI document marks its token as optional
 * ({@link ApiDocument}), and {@code ApiCoverageTest} checks that it calls only boundary methods open to everyone.
 * Documentation only: who may call is decided by the boundary's {@code @PermitAll} / {@code @RolesAllowed}.
 * ({@code @PermitAll} itself must not be put on a JAX-RS resource method: in Payara it changes how the request is
 * authenticated, and some answers then fail with a 500.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Open {
}
