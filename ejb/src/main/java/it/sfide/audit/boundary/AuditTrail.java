package it.sfide.audit.boundary;

import it.sfide.audit.AuditEntry;
import it.sfide.audit.AuditHead;
import it.sfide.audit.AuditOutcome;
import it.sfide.audit.AuditRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Appends acts to the audit chain. A completed act is recorded in its own transaction, so the record exists
 * exactly when the act was committed; a refused or failed act is recorded in a new transaction, so it stays
 * although the act was rolled back. The head row is locked while appending: one chain, whatever the number of
 * servers.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<ActorDirectory> directory;

    /** The action of a request the container refused for the caller's role, before any business method ran. */
    public static final String ACCESS_REFUSED = "access.refused";
    /** Who acts without being signed in. */
    public static final String ANONYMOUS = "anonymous";

    /** Within the caller's transaction: for acts that completed. */
    public void record(AuditEntry entry) {
        append(entry);
    }

    /** In a transaction of its own: for acts that were refused or failed, whose transaction rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSeparately(AuditEntry entry) {
        append(entry);
    }

    /**
     * In a transaction of its own: a request refused by a role check of the container (a boundary's
     * {@code @RolesAllowed}, a page protected in web.xml), which no {@link Audited} method saw. {@code channel}
     * is {@code api} or {@code page}; {@code what} names the request (method and path, or the page), never its
     * content.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String actor, String channel, String what) {
        String who = actor == null ? ANONYMOUS : actor;
        append(new AuditEntry(who, organisationOf(who), ACCESS_REFUSED, channel, null, AuditOutcome.REFUSED, what));
    }

    /** The actor's organisation, named by identity through the {@link ActorDirectory} port. */
    private Long organisationOf(String actor) {
        return ANONYMOUS.equals(actor) || directory.isUnsatisfied() ? null : directory.get().organisationOf(actor);
    }

    /**
     * The head of the chain, locked until the caller's transaction ends: whoever fixes the head in a document
     * (the daily checkpoint) does so while no record can be appended.
     */
    public ChainHead lockedHead() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        return new ChainHead(head.getSeq(), head.getHash());
    }

    /** The last sequence number and hash of the chain. */
    public record ChainHead(long seq, String hash) {
    }

    private void append(AuditEntry entry) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditRecord record = new AuditRecord(head.getSeq() + 1, clock.instant(), entry, head.getHash());
        em.persist(record);
        head.advanceTo(record);
        em.flush();
    }
}
