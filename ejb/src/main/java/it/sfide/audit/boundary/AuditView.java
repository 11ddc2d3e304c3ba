package it.sfide.audit.boundary;

import it.sfide.audit.AuditOutcome;
import it.sfide.audit.AuditRecord;

import java.time.Instant;

/**
 * An audit record as the admin reads it, with the names of its organisation and of its target where their areas
 * know them (null otherwise: the ids stay).
 */
public record AuditView(long seq, Instant recordedAt, String actor, Long organisationId, String organisationName,
        String action, String targetType, String targetId, String targetName, AuditOutcome outcome, String details,
        String hash) {

    public static AuditView of(AuditRecord r) {
        return of(r, null, null);
    }

    static AuditView of(AuditRecord r, String organisationName, String targetName) {
        return new AuditView(r.getSeq(), r.getRecordedAt(), r.getActor(), r.getOrganisationId(), organisationName,
                r.getAction(), r.getTargetType(), r.getTargetId(), targetName, r.getOutcome(), r.getDetails(),
                r.getHash());
    }
}
