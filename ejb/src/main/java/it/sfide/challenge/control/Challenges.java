package it.sfide.challenge.control;

import it.sfide.challenge.Amendment;
import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeTerm;
import it.sfide.challenge.Clarification;
import it.sfide.challenge.CoSponsor;
import it.sfide.challenge.Follow;
import it.sfide.platform.Settings;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loading and storing challenges and what hangs on them; keeps the catalogue's search terms in step. */
@Dependent
public class Challenges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    /** A new open-contracting identifier: the publisher's prefix and a unique id. */
    public String newOcid() {
        return settings.ocidPrefix() + "-" + UUID.randomUUID();
    }

    public boolean ocidTaken(String ocid) {
        return em.createQuery("SELECT COUNT(c) FROM Challenge c WHERE c.ocid = :ocid", Long.class)
                .setParameter("ocid", ocid).getSingleResult() > 0;
    }

    public Optional<Challenge> findByOcid(String ocid) {
        return em.createQuery("SELECT c FROM Challenge c WHERE c.ocid = :ocid", Challenge.class)
                .setParameter("ocid", ocid).getResultStream().findFirst();
    }

    /** The ids of the challenges ever published, in the order of their ids. */
    public List<Long> publishedIds() {
        return em.createQuery("SELECT c.id FROM Challenge c WHERE c.publishedAt IS NOT NULL ORDER BY c.id", Long.class)
                .getResultList();
    }

    public Optional<Challenge> find(long id) {
        return Optional.ofNullable(em.find(Challenge.class, id));
    }

    /** The challenge, or the business error a client sees as 404. */
    public Challenge require(long id) {
        return find(id).orElseThrow(() -> SfideException.notFound("challenge.error.notFound"));
    }

    /** Stores a new challenge and indexes its words. */
    public Challenge persist(Challenge challenge) {
        em.persist(challenge);
        em.flush();
        reindex(challenge);
        return challenge;
    }

    /** Replaces the challenge's search terms with the words it has now. */
    public void reindex(Challenge challenge) {
        em.flush();
        em.createNamedQuery(ChallengeTerm.DELETE_OF).setParameter("challenge", challenge.getId()).executeUpdate();
        for (String term : challenge.searchTerms()) {
            em.persist(new ChallengeTerm(term, challenge.getId()));
        }
    }

    /**
     * Stores a record of the challenge area other than the challenge itself and returns it with its key. The insert
     * is flushed at once: on MariaDB/MySQL an identity key exists only after the insert, and callers (a question's
     * number, an invitation's id) use the key in the same transaction.
     */
    public <T> T persistOther(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public List<Amendment> amendments(long challengeId) {
        return em.createNamedQuery(Amendment.OF_CHALLENGE, Amendment.class).setParameter("challenge", challengeId)
                .getResultList();
    }

    public List<Clarification> clarifications(long challengeId) {
        return em.createNamedQuery(Clarification.OF_CHALLENGE,
                Clarification.class).setParameter("challenge", challengeId).getResultList();
    }

    public List<Clarification> publishedClarifications(long challengeId) {
        return em.createNamedQuery(Clarification.PUBLISHED,
                Clarification.class).setParameter("challenge", challengeId).getResultList();
    }

    public Clarification requireClarification(long id) {
        return Optional.ofNullable(em.find(Clarification.class, id))
                .orElseThrow(() -> SfideException.notFound("clarification.error.notFound"));
    }

    public List<CoSponsor> coSponsors(long challengeId) {
        return em.createNamedQuery(CoSponsor.OF_CHALLENGE, CoSponsor.class).setParameter("challenge", challengeId)
                .getResultList();
    }

    public List<CoSponsor> coSponsorships(long bodyId) {
        return em.createNamedQuery(CoSponsor.OF_BODY, CoSponsor.class).setParameter("body", bodyId)
                .getResultList();
    }

    public CoSponsor requireCoSponsor(long id) {
        return Optional.ofNullable(em.find(CoSponsor.class, id))
                .orElseThrow(() -> SfideException.notFound("challenge.cosponsor.error.notFound"));
    }

    public boolean isAcceptedCoSponsor(long challengeId, Long bodyId) {
        return bodyId != null && em.createNamedQuery(CoSponsor.ACCEPTED_BY, Long.class)
                .setParameter("challenge", challengeId).setParameter("body", bodyId).getSingleResult() > 0;
    }

    /** Whether the body is invited to co-sponsor the challenge (not yet answered) or has accepted. */
    public boolean isInvitedOrAcceptedCoSponsor(long challengeId, Long bodyId) {
        return bodyId != null && em.createNamedQuery(CoSponsor.INVITED_OR_ACCEPTED, Long.class)
                .setParameter("challenge", challengeId).setParameter("body", bodyId).getSingleResult() > 0;
    }

    /** The challenges a body writes or co-sponsors, newest first, drafts included. */
    public List<Challenge> ofBody(long bodyId) {
        return em.createQuery("SELECT c FROM Challenge c WHERE c.buyerId = :body OR c.id IN (SELECT s.challengeId"
                + " FROM CoSponsor s WHERE s.organisationId = :body"
                + " AND s.status = it.sfide.challenge.CoSponsorStatus.ACCEPTED) ORDER BY c.updatedAt DESC",
                Challenge.class).setParameter("body", bodyId).getResultList();
    }

    public List<Follow> followsOf(long accountId) {
        return em.createNamedQuery(Follow.OF_ACCOUNT, Follow.class).setParameter("account", accountId)
                .getResultList();
    }

    public Optional<Follow> followOfChallenge(long accountId, long challengeId) {
        return em.createNamedQuery(Follow.FIND_CHALLENGE, Follow.class).setParameter("account", accountId)
                .setParameter("challenge", challengeId).getResultStream().findFirst();
    }

    public Optional<Follow> followOfBody(long accountId, long bodyId) {
        return em.createNamedQuery(Follow.FIND_BODY, Follow.class).setParameter("account", accountId)
                .setParameter("body", bodyId).getResultStream().findFirst();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    /** The accounts following the challenge or its body. */
    public List<Long> followers(Challenge challenge) {
        return em.createNamedQuery(Follow.FOLLOWERS, Long.class).setParameter("challenge", challenge.getId())
                .setParameter("body", challenge.getBuyerId()).getResultList();
    }

    /** The phases of open challenges not yet closed whose deadline has come: {challenge id, phase number}. */
    public List<Object[]> phasesDue(Instant now) {
        return em.createQuery("SELECT c.id, p.number FROM Challenge c JOIN c.phases p WHERE p.closedAt IS NULL"
                + " AND p.closesAt <= :now AND c.status IN (it.sfide.challenge.ChallengeStatus.PUBLISHED,"
                + " it.sfide.challenge.ChallengeStatus.SUSPENDED) ORDER BY p.closesAt", Object[].class)
                .setParameter("now", now).getResultList();
    }

    /** The next instant a phase of an open challenge closes, if any. */
    public Optional<Instant> nextDeadline() {
        return em.createQuery("SELECT p.closesAt FROM Challenge c JOIN c.phases p WHERE p.closedAt IS NULL"
                + " AND c.status IN (it.sfide.challenge.ChallengeStatus.PUBLISHED,"
                + " it.sfide.challenge.ChallengeStatus.SUSPENDED) ORDER BY p.closesAt", Instant.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The titles of these challenges (for credits of templates). */
    public List<Challenge> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Challenge c WHERE c.id IN :ids", Challenge.class)
                .setParameter("ids", ids).getResultList();
    }
}
