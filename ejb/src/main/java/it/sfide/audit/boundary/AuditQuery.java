package it.sfide.audit.boundary;

import it.sfide.audit.AuditOutcome;

import java.time.Instant;

/**
 * What the admin looks for in the audit log; each part null for "any".
 *
 * @param action an exact action ({@code challenge.publish})
 * @param from the first instant included
 * @param to the first instant excluded
 */
public record AuditQuery(String actor, String action, Long organisationId, AuditOutcome outcome, Instant from,
        Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
