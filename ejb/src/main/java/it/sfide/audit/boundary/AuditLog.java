package it.sfide.audit.boundary;

import it.sfide.audit.AuditOutcome;
import it.sfide.audit.control.AuditRecords;
import it.sfide.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The platform admin reads and filters the audit log and checks that the chain is intact. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLog {

    public static final int MAX = 500;

    @Inject
    AuditRecords records;

    @Inject
    Clock clock;

    /** The latest records matching the filters (each may be null), newest first. */
    public List<AuditView> search(String actor, String actionPrefix, AuditOutcome outcome, Instant from, Instant to,
            int max) {
        return records.search(blankToNull(actor), blankToNull(actionPrefix), outcome,
                from == null ? Instant.EPOCH : from, to == null ? clock.instant().plusSeconds(1) : to,
                Math.max(1, Math.min(max, MAX))).stream().map(AuditView::of).toList();
    }

    /** Recomputes the whole chain from its first record. */
    public ChainCheck verify() {
        return ChainCheck.of(records.check(), clock.instant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
