package it.sfide.testing.probe;

import it.sfide.platform.mail.OutboxMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** Writes and reads through the application's own persistence unit, each step in its own transaction. */
@Stateless
public class PersistenceProbe {

    @PersistenceContext(unitName = "sfide")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long storeMailCreatedAt(Instant createdAt) {
        OutboxMail mail = new OutboxMail("probe@test.sfide.localhost", "probe", "probe", createdAt);
        em.persist(mail);
        em.flush();
        return mail.getId();
    }

    /** A fresh read from the database: the persistence unit has no shared cache. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Instant mailCreatedAt(long id) {
        return em.find(OutboxMail.class, id).getCreatedAt();
    }

    /** A mail of the outbox: what was sent to someone. */
    public record Mail(String subject, String body) {
    }

    /** The mails of the outbox to this address, newest first, read in a new transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Mail> mailsTo(String recipient) {
        return em.createNamedQuery(OutboxMail.LATEST_TO, OutboxMail.class).setParameter("recipient", recipient)
                .getResultStream().map(m -> new Mail(m.getSubject(), m.getBody())).toList();
    }

    /** The id of a contract's milestone. */
    public long milestoneId(long contractId, int number) {
        return em.createQuery("select m.id from Milestone m where m.contract.id = :contract and m.number = :number",
                Long.class).setParameter("contract", contractId).setParameter("number", number).getSingleResult();
    }

    /** Stores a challenge of the first verified public body with phases and criteria; returns its id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long storeChallenge(it.sfide.challenge.ChallengeContent content, String ocid, Instant now) {
        Long buyer = em.createQuery("select o.id from Organisation o where o.kind = it.sfide.identity.OrganisationKind"
                + ".PUBLIC_BODY order by o.id", Long.class).setMaxResults(1).getSingleResult();
        it.sfide.challenge.Challenge challenge = new it.sfide.challenge.Challenge(ocid, buyer, content, "probe", now);
        em.persist(challenge);
        em.flush();
        return challenge.getId();
    }

    /** The challenge as read back in a new transaction, detached. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public it.sfide.challenge.Challenge challenge(long id) {
        it.sfide.challenge.Challenge challenge = em.find(it.sfide.challenge.Challenge.class, id);
        challenge.getPhases();
        challenge.getCriteria();
        em.detach(challenge);
        return challenge;
    }

    @SuppressWarnings("unchecked")
    public List<String> appliedMigrations() {
        return ((List<Object>) em.createNativeQuery(
                "select version from flyway_schema_history where success = true and version is not null"
                        + " order by installed_rank").getResultList())
                .stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    public List<String> tables() {
        return ((List<Object>) em.createNativeQuery(
                "select lower(table_name) from information_schema.tables where lower(table_schema) = lower(schema())"
                        + " and lower(table_name) in ('organisation','account','invitation','api_token','mail_outbox')")
                .getResultList())
                .stream().map(String::valueOf).sorted().toList();
    }

    /** The columns of the schema whose values the database generates as identities (AUTO_INCREMENT). */
    @SuppressWarnings("unchecked")
    public List<String> identityColumns() {
        String sql = "H2".equals(productName())
                ? "select concat(table_name, '.', column_name) from information_schema.columns"
                        + " where table_schema = current_schema and is_identity = 'YES'"
                : "select concat(table_name, '.', column_name) from information_schema.columns"
                        + " where table_schema = database() and extra like '%auto_increment%'";
        return ((List<Object>) em.createNativeQuery(sql).getResultList()).stream().map(String::valueOf).sorted()
                .toList();
    }

    /** Draws the next value of an H2 key sequence. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long nextSequenceValue(String sequence) {
        return ((Number) em.createNativeQuery("select next value for " + sequence).getSingleResult()).longValue();
    }

    public String databaseProduct() {
        return em.unwrap(java.sql.Connection.class) == null ? "?" : productName();
    }

    private String productName() {
        try {
            return em.unwrap(java.sql.Connection.class).getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
