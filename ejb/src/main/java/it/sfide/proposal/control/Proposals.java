package it.sfide.proposal.control;

import it.sfide.proposal.Proposal;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Loading and storing proposals. */
@Dependent
public class Proposals {

    @PersistenceContext
    EntityManager em;

    public Proposal persist(Proposal proposal) {
        em.persist(proposal);
        em.flush();
        return proposal;
    }

    public Optional<Proposal> find(long challengeId, int phase, long organisationId) {
        return em.createNamedQuery(Proposal.FIND, Proposal.class).setParameter("challenge", challengeId)
                .setParameter("phase", phase).setParameter("organisation", organisationId).getResultStream()
                .findFirst();
    }

    public Proposal require(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id))
                .orElseThrow(() -> SfideException.notFound("proposal.error.notFound"));
    }

    public List<Proposal> ofOrganisation(long organisationId) {
        return em.createNamedQuery(Proposal.OF_ORGANISATION, Proposal.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    public long started(long challengeId) {
        return em.createNamedQuery(Proposal.COUNT_STARTED, Long.class).setParameter("challenge", challengeId)
                .getSingleResult();
    }
}
