package it.sfide.contract.control;

import it.sfide.contract.Contract;
import it.sfide.contract.Deliverable;
import it.sfide.contract.DeliverableFile;
import it.sfide.contract.Milestone;
import it.sfide.contract.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The contract area's queries and storage. */
@ApplicationScoped
public class Contracts {

    @PersistenceContext
    EntityManager em;

    public <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public Optional<Contract> find(long id) {
        return Optional.ofNullable(em.find(Contract.class, id));
    }

    /** The contract, locked: acts on one contract run one at a time (payments against its remaining value). */
    public Optional<Contract> lock(long id) {
        return Optional.ofNullable(em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Contract> ofChallenge(long challengeId) {
        return em.createNamedQuery(Contract.OF_CHALLENGE, Contract.class).setParameter("challenge", challengeId)
                .getResultList();
    }

    public List<Contract> ofOrganisation(long organisationId) {
        return em.createNamedQuery(Contract.OF_ORGANISATION, Contract.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    public Optional<Contract> ofProposal(long proposalId, int phase) {
        return em.createNamedQuery(Contract.OF_PROPOSAL, Contract.class).setParameter("proposal", proposalId)
                .setParameter("phase", phase).getResultStream().findFirst();
    }

    public long countOfChallenge(long challengeId) {
        return em.createNamedQuery(Contract.COUNT_OF_CHALLENGE, Long.class).setParameter("challenge", challengeId)
                .getSingleResult();
    }

    public List<Deliverable> deliverables(long contractId) {
        return em.createNamedQuery(Deliverable.OF_CONTRACT, Deliverable.class).setParameter("contract", contractId)
                .getResultList();
    }

    public List<Deliverable> deliverablesOf(long milestoneId) {
        return em.createNamedQuery(Deliverable.OF_MILESTONE, Deliverable.class)
                .setParameter("milestone", milestoneId).getResultList();
    }

    public Optional<DeliverableFile> file(long id) {
        return Optional.ofNullable(em.find(DeliverableFile.class, id));
    }

    public List<Payment> payments(long contractId) {
        return em.createNamedQuery(Payment.OF_CONTRACT, Payment.class).setParameter("contract", contractId)
                .getResultList();
    }

    public List<Payment> paymentsOfBody(long bodyId) {
        return em.createNamedQuery(Payment.OF_BODY, Payment.class).setParameter("body", bodyId).getResultList();
    }

    public List<Milestone> dueBetween(LocalDate from, LocalDate to) {
        return em.createNamedQuery(Milestone.DUE_BETWEEN, Milestone.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    public List<Milestone> overdue(LocalDate today) {
        return em.createNamedQuery(Milestone.OVERDUE, Milestone.class).setParameter("today", today).getResultList();
    }

    /** Claims a milestone's reminder (before or after its due date) for this server: true once, for one caller. */
    public boolean claimReminder(long milestoneId, boolean after) {
        return em.createNamedQuery(after ? Milestone.CLAIM_AFTER : Milestone.CLAIM_BEFORE)
                .setParameter("id", milestoneId).executeUpdate() == 1;
    }
}
