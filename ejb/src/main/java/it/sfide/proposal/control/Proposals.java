package it.sfide.proposal.control;

import it.sfide.proposal.Attachment;
import it.sfide.proposal.Partner;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.Submission;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Loading and storing proposals and what belongs to them. */
@Dependent
public class Proposals {

    @PersistenceContext
    EntityManager em;

    public <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public Optional<Proposal> find(long challengeId, int phase, long organisationId) {
        return em.createNamedQuery(Proposal.FIND, Proposal.class).setParameter("challenge", challengeId)
                .setParameter("phase", phase).setParameter("organisation", organisationId).getResultStream()
                .findFirst();
    }

    public Optional<Proposal> find(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    public Proposal require(long id) {
        return find(id).orElseThrow(() -> SfideException.notFound("proposal.error.notFound"));
    }

    /** The proposal, locked until the transaction ends: submissions and withdrawals of it queue here. */
    public Proposal lock(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> SfideException.notFound("proposal.error.notFound"));
    }

    public List<Proposal> ofOrganisation(long organisationId) {
        return em.createNamedQuery(Proposal.OF_ORGANISATION, Proposal.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    public List<Proposal> ofPhase(long challengeId, int phase) {
        return em.createNamedQuery(Proposal.OF_PHASE, Proposal.class).setParameter("challenge", challengeId)
                .setParameter("phase", phase).getResultList();
    }

    public long started(long challengeId) {
        return em.createNamedQuery(Proposal.COUNT_STARTED, Long.class).setParameter("challenge", challengeId)
                .getSingleResult();
    }

    public long submitted(long challengeId, int phase) {
        return em.createNamedQuery(Proposal.COUNT_SUBMITTED, Long.class).setParameter("challenge", challengeId)
                .setParameter("phase", phase).getSingleResult();
    }

    /** When each proposal of the phase was submitted (every submission act, re-submissions too; no withdrawal). */
    public List<java.time.Instant> submissionTimes(long challengeId, int phase) {
        return em.createQuery("SELECT s.submittedAt FROM Submission s, Proposal p WHERE s.proposalId = p.id"
                        + " AND p.challengeId = :challenge AND p.phaseNumber = :phase AND s.kind = :kind"
                        + " ORDER BY s.submittedAt", java.time.Instant.class)
                .setParameter("challenge", challengeId).setParameter("phase", phase)
                .setParameter("kind", it.sfide.proposal.SubmissionKind.SUBMISSION).getResultList();
    }

    public List<Attachment> attachments(long proposalId) {
        return em.createNamedQuery(Attachment.OF_PROPOSAL, Attachment.class).setParameter("proposal", proposalId)
                .getResultList();
    }

    public Attachment requireAttachment(long proposalId, long attachmentId) {
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || a.getProposalId() != proposalId) {
            throw SfideException.notFound("proposal.error.attachmentNotFound");
        }
        return a;
    }

    public boolean blobInUse(long blobId) {
        return em.createNamedQuery(Attachment.COUNT_OF_BLOB, Long.class).setParameter("blob", blobId)
                .getSingleResult() > 0
                || em.createQuery("SELECT COUNT(s) FROM Submission s JOIN s.files f WHERE f.blobId = :blob",
                        Long.class).setParameter("blob", blobId).getSingleResult() > 0;
    }

    public List<Partner> partners(long proposalId) {
        return em.createNamedQuery(Partner.OF_PROPOSAL, Partner.class).setParameter("proposal", proposalId)
                .getResultList();
    }

    public Optional<Partner> partner(long proposalId, long organisationId) {
        return em.createNamedQuery(Partner.FIND, Partner.class).setParameter("proposal", proposalId)
                .setParameter("organisation", organisationId).getResultStream().findFirst();
    }

    /** Whether the organisation is a partner of the proposal that has accepted its invitation. */
    public boolean isConfirmedPartner(long proposalId, long organisationId) {
        return partner(proposalId, organisationId).filter(Partner::isConfirmed).isPresent();
    }

    /** Partnerships of an organisation: invitations still to answer and accepted ones. */
    public List<Partner> partnerships(long organisationId) {
        return em.createNamedQuery(Partner.OF_ORGANISATION, Partner.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    public List<Submission> submissions(long proposalId) {
        return em.createNamedQuery(Submission.OF_PROPOSAL, Submission.class).setParameter("proposal", proposalId)
                .getResultList();
    }

    public Optional<Submission> submission(long id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }

    /** These submissions, by id (one query). */
    public java.util.Map<Long, Submission> submissions(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Map.of() : em.createQuery("SELECT s FROM Submission s WHERE s.id IN :ids",
                Submission.class).setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Submission::getId, s -> s));
    }

    public Optional<Submission> byIdempotencyKey(long proposalId, String key) {
        return em.createNamedQuery(Submission.BY_KEY, Submission.class).setParameter("proposal", proposalId)
                .setParameter("key", key).getResultStream().findFirst();
    }

    public int lastSeq(long proposalId) {
        return em.createNamedQuery(Submission.LAST_SEQ, Integer.class).setParameter("proposal", proposalId)
                .setMaxResults(1).getResultStream().findFirst().orElse(0);
    }

    public List<Long> withoutReceipt() {
        return em.createNamedQuery(Submission.WITHOUT_RECEIPT, Long.class).getResultList();
    }

    public Submission lockSubmission(long id) {
        return em.find(Submission.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The statuses of these proposals, by id, in one query. */
    public java.util.Map<Long, it.sfide.proposal.ProposalStatus> statuses(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createNamedQuery(Proposal.STATUSES, Object[].class).setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0],
                        r -> (it.sfide.proposal.ProposalStatus) r[1]));
    }
}
