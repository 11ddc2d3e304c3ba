package it.sfide.opendata.control;

import it.sfide.opendata.OcdsRelease;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The published OCDS releases. */
@Dependent
public class Releases {

    @PersistenceContext
    EntityManager em;

    public List<OcdsRelease> ofProcess(long challengeId) {
        return em.createNamedQuery(OcdsRelease.OF_PROCESS, OcdsRelease.class).setParameter("challenge", challengeId)
                .getResultList();
    }

    public Optional<OcdsRelease> latest(long challengeId) {
        return em.createNamedQuery(OcdsRelease.LATEST, OcdsRelease.class).setParameter("challenge", challengeId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<OcdsRelease> between(Instant from, Instant to) {
        return em.createNamedQuery(OcdsRelease.BETWEEN, OcdsRelease.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    public List<Instant> dates() {
        return em.createNamedQuery(OcdsRelease.DATES, Instant.class).getResultList();
    }

    /** The processes with releases, the one with the most recently published release first: challenge id, its id. */
    public List<Object[]> processes(int first, int max) {
        return em.createNamedQuery(OcdsRelease.PROCESSES, Object[].class).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    /** The latest release of every process (one query), in the order of their ocids. */
    public List<OcdsRelease> latestOfEach() {
        return em.createNamedQuery(OcdsRelease.LATEST_OF_EACH, OcdsRelease.class).getResultList();
    }

    public long processCount() {
        return em.createNamedQuery(OcdsRelease.PROCESS_COUNT, Long.class).getSingleResult();
    }

    public void add(OcdsRelease release) {
        em.persist(release);
        em.flush();
    }
}
