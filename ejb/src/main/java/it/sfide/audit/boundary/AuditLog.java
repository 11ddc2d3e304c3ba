package it.sfide.audit.boundary;

import it.sfide.audit.AuditOutcome;
import it.sfide.audit.AuditRecord;
import it.sfide.audit.control.AuditRecords;
import it.sfide.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The platform admin reads and filters the audit log and checks that the chain is intact. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLog {

    public static final int MAX = 500;

    @Inject
    AuditRecords records;

    @Inject
    ActorDirectory actors;

    @Inject
    @Any
    Instance<AuditNames> names;

    @Inject
    Clock clock;

    /** The latest records matching the filters (each may be null), newest first. */
    public List<AuditView> search(String actor, String actionPrefix, AuditOutcome outcome, Instant from, Instant to,
            int max) {
        return records.search(blankToNull(actor), blankToNull(actionPrefix), outcome,
                from == null ? Instant.EPOCH : from, to == null ? clock.instant().plusSeconds(1) : to,
                Math.max(1, Math.min(max, MAX))).stream().map(AuditView::of).toList();
    }

    /**
     * A page of the records matching the query, newest first, with the names of their organisations and targets
     * in the reader's language.
     */
    public List<AuditView> page(AuditQuery query, int first, int size, Locale locale) {
        List<AuditRecord> page = records.page(filter(query), Math.max(0, first), Math.max(1, Math.min(size, MAX)));
        return named(page, locale);
    }

    /** How many records match the query. */
    public long count(AuditQuery query) {
        return records.count(filter(query));
    }

    private AuditRecords.Filter filter(AuditQuery query) {
        return new AuditRecords.Filter(blankToNull(query.actor()), blankToNull(query.action()),
                query.organisationId(), query.outcome(), query.from() == null ? Instant.EPOCH : query.from(),
                query.to() == null ? clock.instant().plusSeconds(1) : query.to());
    }

    /** The organisations the log can be filtered by, by id, in the order of their names. */
    public Map<Long, String> organisations() {
        return actors.organisations();
    }

    /** Recomputes the whole chain from its first record. */
    public ChainCheck verify() {
        return ChainCheck.of(records.check(), clock.instant());
    }

    private List<AuditView> named(List<AuditRecord> page, Locale locale) {
        Map<String, Set<String>> idsByType = new HashMap<>();
        for (AuditRecord r : page) {
            if (r.getOrganisationId() != null) {
                idsByType.computeIfAbsent("organisation", k -> new HashSet<>()).add(r.getOrganisationId().toString());
            }
            if (r.getTargetType() != null && r.getTargetId() != null) {
                idsByType.computeIfAbsent(r.getTargetType(), k -> new HashSet<>()).add(r.getTargetId());
            }
        }
        Map<String, Map<String, String>> known = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            Map<String, String> found = new HashMap<>();
            for (AuditNames area : names) {
                found.putAll(area.names(type, ids, locale));
            }
            known.put(type, found);
        });
        return page.stream().map(r -> AuditView.of(r,
                r.getOrganisationId() == null ? null : name(known, "organisation", r.getOrganisationId().toString()),
                r.getTargetType() == null || r.getTargetId() == null ? null
                        : name(known, r.getTargetType(), r.getTargetId())))
                .toList();
    }

    private static String name(Map<String, Map<String, String>> known, String type, String id) {
        Map<String, String> ofType = known.get(type);
        return ofType == null ? null : ofType.get(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
