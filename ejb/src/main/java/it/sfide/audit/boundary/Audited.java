package it.sfide.audit.boundary;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary method as a business act: each call appends a record to the audit chain, done, refused or
 * failed. The target id is the method's first {@code long} argument, or the {@code id} / {@code organisationId}
 * of the record it returns, or the {@code long} it returns. Arguments are never recorded (they may hold passwords).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** The action, e.g. {@code organisation.verify}. */
    @Nonbinding
    String value();

    /** The kind of object acted upon, e.g. {@code organisation}. */
    @Nonbinding
    String target() default "";
}
