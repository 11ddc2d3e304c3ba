package it.sfide.audit.control;

import it.sfide.audit.AuditChain;
import it.sfide.audit.AuditHead;
import it.sfide.audit.AuditOutcome;
import it.sfide.audit.AuditRecord;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Queries on the audit chain, and its check read in pages so that a long chain never sits in memory whole. */
@Dependent
public class AuditRecords {

    static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    public List<AuditRecord> search(String actor, String actionPrefix, AuditOutcome outcome, Instant from, Instant to,
            int max) {
        return page(new Filter(actor, actionPrefix == null ? null : actionPrefix + "%", null, outcome, from, to), 0,
                max);
    }

    /** A page of the records matching the filter, newest first. */
    public List<AuditRecord> page(Filter filter, int first, int max) {
        return filter.bind(em.createNamedQuery(AuditRecord.SEARCH, AuditRecord.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many records match the filter. */
    public long count(Filter filter) {
        return filter.bind(em.createNamedQuery(AuditRecord.COUNT, Long.class)).getSingleResult();
    }

    /**
     * The filters, each null for "any" but the instants.
     *
     * @param actionPattern a LIKE pattern ({@code challenge.%}) or an exact action
     */
    public record Filter(String actor, String actionPattern, Long organisationId, AuditOutcome outcome, Instant from,
            Instant to) {

        <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query) {
            return query.setParameter("actor", actor)
                    .setParameter("action", actionPattern)
                    .setParameter("organisation", organisationId)
                    .setParameter("outcome", outcome)
                    .setParameter("from", from)
                    .setParameter("to", to);
        }
    }

    public AuditChain.Report check() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        return AuditChain.check(this::allInOrder, head.getSeq(), head.getHash());
    }

    private Iterator<AuditRecord> allInOrder() {
        return new Iterator<>() {
            private List<AuditRecord> page = List.of();
            private int index;
            private long nextSeq = 1;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                em.clear();
                page = em.createNamedQuery(AuditRecord.FROM_SEQ, AuditRecord.class)
                        .setParameter("from", nextSeq).setMaxResults(PAGE).getResultList();
                index = 0;
                exhausted = page.size() < PAGE;
                if (!page.isEmpty()) {
                    nextSeq = page.get(page.size() - 1).getSeq() + 1;
                }
                return !page.isEmpty();
            }

            @Override
            public AuditRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
    }
}
