package it.sfide.audit.control;

import it.sfide.audit.AuditEntry;
import it.sfide.audit.AuditOutcome;
import it.sfide.audit.boundary.ActorDirectory;
import it.sfide.audit.boundary.AuditTrail;
import it.sfide.audit.boundary.Audited;
import it.sfide.shared.SfideException;
import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.Principal;

/**
 * Records every {@link Audited} act centrally: who (the caller and their organisation), what, on which target,
 * and how it ended. Business refusals are recorded with their message key; unexpected failures with their type.
 */
@Audited("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    static final String ANONYMOUS = AuditTrail.ANONYMOUS;

    @Inject
    AuditTrail trail;

    @Inject
    SecurityContext security;

    @Inject
    Instance<ActorDirectory> directory;

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        Audited audited = annotation(invocation.getMethod());
        String actor = actor();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            AuditOutcome outcome = isRefusal(e) ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
            trail.recordSeparately(entry(audited, actor, targetId(invocation.getParameters(), null), outcome,
                    describe(e)));
            throw e;
        }
        trail.record(entry(audited, actor, targetId(invocation.getParameters(), result), AuditOutcome.DONE, null));
        return result;
    }

    private AuditEntry entry(Audited audited, String actor, String targetId, AuditOutcome outcome, String details) {
        Long organisation = ANONYMOUS.equals(actor) || directory.isUnsatisfied() ? null
                : directory.get().organisationOf(actor);
        String type = audited.target().isEmpty() ? null : audited.target();
        return new AuditEntry(actor, organisation, audited.value(), type, targetId, outcome, details);
    }

    private String actor() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? ANONYMOUS : principal.getName();
    }

    private static Audited annotation(Method method) {
        Audited onMethod = method.getAnnotation(Audited.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(Audited.class);
    }

    static boolean isRefusal(Throwable e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SfideException business) {
                return true;
            }
            if (cause instanceof EJBAccessException || cause instanceof jakarta.ejb.AccessLocalException) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SfideException business) {
                return business.messageKey() + (business.field() == null ? "" : " (" + business.field() + ")");
            }
            cause = cause.getCause();
        }
        return e.getClass().getSimpleName();
    }

    /** The first {@code long} argument, else the {@code id} or {@code organisationId} of a returned record. */
    static String targetId(Object[] parameters, Object result) {
        for (Object parameter : parameters == null ? new Object[0] : parameters) { // null for a method without any
            if (parameter instanceof Long id) {
                return id.toString();
            }
        }
        if (result instanceof Long id) { // a method that returns the id of what it made
            return id.toString();
        }
        if (result != null && result.getClass().isRecord()) {
            for (String name : new String[] {"id", "organisationId"}) {
                for (RecordComponent component : result.getClass().getRecordComponents()) {
                    if (component.getName().equals(name)) {
                        try {
                            return String.valueOf(component.getAccessor().invoke(result));
                        } catch (ReflectiveOperationException e) {
                            return null;
                        }
                    }
                }
            }
        }
        return null;
    }
}
