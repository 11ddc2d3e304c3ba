package it.sfide.audit;

/** How an act ended: done, refused (not allowed, or invalid input), or failed (an unexpected error). */
public enum AuditOutcome {
    DONE, REFUSED, FAILED
}
