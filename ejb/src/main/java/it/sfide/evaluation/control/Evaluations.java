package it.sfide.evaluation.control;

import it.sfide.evaluation.Appeal;
import it.sfide.evaluation.AppealFile;
import it.sfide.evaluation.Assignment;
import it.sfide.evaluation.Award;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.Conflict;
import it.sfide.evaluation.ConsensusVote;
import it.sfide.evaluation.Expertise;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.ReportRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The evaluation's queries and storage: committees, members, candidates, conflicts, assignments, votes. */
@ApplicationScoped
public class Evaluations {

    @PersistenceContext
    EntityManager em;

    public <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public void remove(Object entity) {
        em.remove(entity);
        em.flush();
    }

    public Optional<Committee> committee(long id) {
        return Optional.ofNullable(em.find(Committee.class, id));
    }

    /** The committee, locked: acts that change its membership or assignments run one at a time. */
    public Optional<Committee> lockCommittee(long id) {
        return Optional.ofNullable(em.find(Committee.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Committee> committeeOf(long challengeId, int phase) {
        return em.createNamedQuery(Committee.OF_PHASE, Committee.class).setParameter("challenge", challengeId)
                .setParameter("phase", phase).getResultStream().findFirst();
    }

    public List<Committee> committeesOf(long challengeId) {
        return em.createNamedQuery(Committee.OF_CHALLENGE, Committee.class).setParameter("challenge", challengeId)
                .getResultList();
    }

    public List<Member> members(long committeeId) {
        return em.createNamedQuery(Member.OF_COMMITTEE, Member.class).setParameter("committee", committeeId)
                .getResultList();
    }

    public List<Member> seatsOf(long accountId) {
        return em.createNamedQuery(Member.OF_ACCOUNT, Member.class).setParameter("account", accountId)
                .getResultList();
    }

    public List<Member> byInvitation(long invitationId) {
        return em.createNamedQuery(Member.BY_INVITATION, Member.class).setParameter("invitation", invitationId)
                .getResultList();
    }

    public Optional<Member> member(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    public List<Candidate> candidates(long committeeId) {
        return em.createNamedQuery(Candidate.OF_COMMITTEE, Candidate.class).setParameter("committee", committeeId)
                .getResultList();
    }

    public Optional<Candidate> candidate(long id) {
        return Optional.ofNullable(em.find(Candidate.class, id));
    }

    public Candidate lockCandidate(long id) {
        return em.find(Candidate.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Conflict> conflicts(long committeeId) {
        return em.createNamedQuery(Conflict.OF_COMMITTEE, Conflict.class).setParameter("committee", committeeId)
                .getResultList();
    }

    public List<Assignment> assignments(long committeeId) {
        return em.createNamedQuery(Assignment.OF_COMMITTEE, Assignment.class).setParameter("committee", committeeId)
                .getResultList();
    }

    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint("eclipselink.read-only", "true");
    }

    /**
     * The scores of the committee's active reports as plain rows (assignment id, member id, candidate id, status,
     * criterion, score; one row with a null criterion for a report without scores), read without entities or
     * comments: what the chair's dashboard computes its figures from.
     */
    public List<Object[]> scoreRows(long committeeId) {
        return em.createNamedQuery(Assignment.SCORES_OF_COMMITTEE, Object[].class)
                .setParameter("committee", committeeId).getResultList();
    }

    /** Who evaluates what as plain rows (member id, candidate id, status, manual), active reports only. */
    public List<Object[]> cellRows(long committeeId) {
        return em.createNamedQuery(Assignment.CELLS_OF_COMMITTEE, Object[].class)
                .setParameter("committee", committeeId).getResultList();
    }

    /** The committee's proposals as plain rows (id, code, proposal id, lead, consensus status, total, fundable, rank). */
    public List<Object[]> candidateRows(long committeeId) {
        return em.createNamedQuery(Candidate.LINES_OF_COMMITTEE, Object[].class)
                .setParameter("committee", committeeId).getResultList();
    }

    /** The reports on these proposals, read only, with their scores and comments. */
    public List<Assignment> assignmentsToRead(long committeeId, Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return readOnly(em.createNamedQuery(Assignment.OF_CANDIDATES, Assignment.class)
                .setParameter("committee", committeeId).setParameter("candidates", candidateIds)).getResultList();
    }

    /** These proposals, read only, with their consensus. */
    public List<Candidate> candidatesToRead(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return readOnly(em.createNamedQuery(Candidate.BY_IDS, Candidate.class).setParameter("ids", ids))
                .getResultList();
    }

    /** The answers on these proposals. */
    public List<ConsensusVote> votesOn(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ConsensusVote.OF_CANDIDATES, ConsensusVote.class)
                .setParameter("candidates", candidateIds).getResultList();
    }

    public List<Assignment> assignmentsOf(long memberId) {
        return em.createNamedQuery(Assignment.OF_MEMBER, Assignment.class).setParameter("member", memberId)
                .getResultList();
    }

    public Optional<Assignment> assignment(long memberId, long candidateId) {
        return em.createNamedQuery(Assignment.FIND, Assignment.class).setParameter("member", memberId)
                .setParameter("candidate", candidateId).getResultStream().findFirst();
    }

    public List<ReportRevision> revisions(long assignmentId) {
        return em.createNamedQuery(ReportRevision.OF_ASSIGNMENT, ReportRevision.class)
                .setParameter("assignment", assignmentId).getResultList();
    }

    public List<ConsensusVote> votes(long candidateId) {
        return em.createNamedQuery(ConsensusVote.OF_CANDIDATE, ConsensusVote.class)
                .setParameter("candidate", candidateId).getResultList();
    }

    public List<ConsensusVote> votesOfCommittee(long committeeId) {
        return em.createNamedQuery(ConsensusVote.OF_COMMITTEE, ConsensusVote.class)
                .setParameter("committee", committeeId).getResultList();
    }

    public void removeVotes(long candidateId) {
        votes(candidateId).forEach(em::remove);
        em.flush();
    }

    public Optional<Expertise> expertise(long accountId) {
        return Optional.ofNullable(em.find(Expertise.class, accountId));
    }

    public List<Expertise> expertise(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Expertise.OF_ACCOUNTS, Expertise.class)
                .setParameter("ids", accountIds).getResultList();
    }

    public List<Candidate> candidatesOfProposal(long proposalId) {
        return em.createNamedQuery(Candidate.OF_PROPOSAL, Candidate.class).setParameter("proposal", proposalId)
                .getResultList();
    }

    /** The committee's awards, the latest revision first. */
    public List<Award> awards(long committeeId) {
        return em.createNamedQuery(Award.OF_COMMITTEE, Award.class).setParameter("committee", committeeId)
                .getResultList();
    }

    public List<Appeal> appeals(long committeeId) {
        return em.createNamedQuery(Appeal.OF_COMMITTEE, Appeal.class).setParameter("committee", committeeId)
                .getResultList();
    }

    public Optional<Appeal> appealOf(long candidateId) {
        return em.createNamedQuery(Appeal.OF_CANDIDATE, Appeal.class).setParameter("candidate", candidateId)
                .getResultStream().findFirst();
    }

    public Optional<Appeal> lockAppeal(long id) {
        return Optional.ofNullable(em.find(Appeal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<AppealFile> appealFiles(long appealId) {
        return em.createNamedQuery(AppealFile.OF_APPEAL, AppealFile.class).setParameter("appeal", appealId)
                .getResultList();
    }
}
