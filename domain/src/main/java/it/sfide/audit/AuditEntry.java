package it.sfide.audit;

/** What an act is, before it takes its place in the chain. */
public record AuditEntry(String actor, Long organisationId, String action, String targetType, String targetId,
        AuditOutcome outcome, String details) {
}
