package it.sfide.audit.boundary;

import it.sfide.audit.AuditOutcome;
import it.sfide.audit.AuditRecord;

import java.time.Instant;

/** An audit record as the admin reads it. */
public record AuditView(long seq, Instant recordedAt, String actor, Long organisationId, String action,
        String targetType, String targetId, AuditOutcome outcome, String details, String hash) {

    public static AuditView of(AuditRecord r) {
        return new AuditView(r.getSeq(), r.getRecordedAt(), r.getActor(), r.getOrganisationId(), r.getAction(),
                r.getTargetType(), r.getTargetId(), r.getOutcome(), r.getDetails(), r.getHash());
    }
}
