package it.sfide.reuse.control;

import it.sfide.reuse.Adoption;
import it.sfide.reuse.CatalogueEntry;
import it.sfide.reuse.EntryTerm;
import it.sfide.reuse.Interest;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The reuse catalogue's storage: entries with their search terms, interests and adoptions. */
@ApplicationScoped
public class Entries {

    @PersistenceContext
    EntityManager em;

    public Optional<CatalogueEntry> find(long id) {
        return Optional.ofNullable(em.find(CatalogueEntry.class, id));
    }

    /** The entry, locked: the acts on one entry (an edit, an interest, an adoption) run one at a time. */
    public Optional<CatalogueEntry> lock(long id) {
        return Optional.ofNullable(em.find(CatalogueEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<CatalogueEntry> ofContract(long contractId) {
        return em.createNamedQuery(CatalogueEntry.BY_CONTRACT, CatalogueEntry.class)
                .setParameter("contract", contractId).getResultStream().findFirst();
    }

    /**
     * Stores a new entry (or interest, or adoption) and returns it with its key. A second one where there may be
     * only one — two officers publishing the same contract at once — is the conflict {@code duplicateKey}.
     */
    public <T> T persist(T entity, String duplicateKey) {
        try {
            em.persist(entity);
            em.flush();
            return entity;
        } catch (PersistenceException e) {
            throw SfideException.conflict(duplicateKey);
        }
    }

    /** Replaces the entry's search terms with these words. */
    public void reindex(CatalogueEntry entry, Set<String> terms) {
        em.flush();
        em.createNamedQuery(EntryTerm.DELETE_OF).setParameter("entry", entry.getId()).executeUpdate();
        for (String term : terms) {
            em.persist(new EntryTerm(term, entry.getId()));
        }
    }

    public List<Interest> interests(long entryId) {
        return em.createNamedQuery(Interest.OF_ENTRY, Interest.class).setParameter("entry", entryId).getResultList();
    }

    public Optional<Interest> interestOf(long entryId, long bodyId) {
        return em.createNamedQuery(Interest.OF_BODY, Interest.class).setParameter("entry", entryId)
                .setParameter("body", bodyId).getResultStream().findFirst();
    }

    public List<Adoption> adoptions(long entryId) {
        return em.createNamedQuery(Adoption.OF_ENTRY, Adoption.class).setParameter("entry", entryId).getResultList();
    }

    public Optional<Adoption> adoptionOf(long entryId, long bodyId) {
        return em.createNamedQuery(Adoption.OF_BODY, Adoption.class).setParameter("entry", entryId)
                .setParameter("body", bodyId).getResultStream().findFirst();
    }

    /** How many bodies use each of these entries (entries nobody uses are left out), in one query. */
    public Map<Long, Long> adoptionCounts(Collection<Long> entryIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (entryIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createNamedQuery(Adoption.COUNTS, Object[].class).setParameter("entries", entryIds)
                .getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The SPDX identifiers the entries' licences use, sorted ({@code MIT OR Apache-2.0} gives both). */
    public List<String> licenceIdentifiers() {
        Set<String> identifiers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String expression : em.createNamedQuery(CatalogueEntry.LICENCES, String.class).getResultList()) {
            identifiers.addAll(List.of(expression.split(" (?:OR|AND) ")));
        }
        return List.copyOf(identifiers);
    }

    /** The bodies that own entries. */
    public List<Long> owningBodies() {
        return em.createNamedQuery(CatalogueEntry.BODIES, Long.class).getResultList();
    }
}
