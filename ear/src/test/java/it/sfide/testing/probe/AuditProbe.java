package it.sfide.testing.probe;

import it.sfide.audit.AuditChain;
import it.sfide.audit.AuditRecord;
import it.sfide.audit.control.AuditRecords;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Plays the attacker with database access: changes, deletes and restores audit rows behind the application's
 * back, and runs the same check the admin's verification runs. Each step commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditProbe {

    @PersistenceContext(unitName = "sfide")
    EntityManager em;

    @Inject
    AuditRecords records;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<it.sfide.audit.boundary.AuditNames> names;

    /** The first (lowest id) row of a table, as a target id of the log; empty when the table is. */
    public String firstId(String table) {
        List<?> ids = em.createNativeQuery("select min(id) from " + table).getResultList();
        return ids.isEmpty() || ids.get(0) == null ? null : String.valueOf(ids.get(0));
    }

    /** What the audit log shows for a target: the name every area gives it, joined (one area names it). */
    public String nameOf(String targetType, String id, java.util.Locale locale) {
        StringBuilder found = new StringBuilder();
        for (it.sfide.audit.boundary.AuditNames area : names) {
            String name = area.names(targetType, List.of(id), locale).get(id);
            if (name != null) {
                found.append(found.length() == 0 ? "" : " | ").append(name);
            }
        }
        return found.toString();
    }

    public AuditChain.Report check() {
        return records.check();
    }

    public long headSeq() {
        return ((Number) em.createNativeQuery("select seq from audit_head where id = 1").getSingleResult()).longValue();
    }

    public List<AuditRecord> latest(int max) {
        return em.createQuery("select r from AuditRecord r order by r.seq desc", AuditRecord.class)
                .setMaxResults(max).getResultList();
    }

    public String setActor(long seq, String actor) {
        String old = (String) em.createNativeQuery("select actor from audit_record where seq = ?1")
                .setParameter(1, seq).getSingleResult();
        em.createNativeQuery("update audit_record set actor = ?1 where seq = ?2")
                .setParameter(1, actor).setParameter(2, seq).executeUpdate();
        return old;
    }

    public Object[] delete(long seq) {
        Object[] row = (Object[]) em.createNativeQuery("select seq, recorded_at, actor, organisation_id, action,"
                + " target_type, target_id, outcome, details, previous_hash, hash from audit_record where seq = ?1")
                .setParameter(1, seq).getSingleResult();
        em.createNativeQuery("delete from audit_record where seq = ?1").setParameter(1, seq).executeUpdate();
        return row;
    }

    public void reinsert(Object[] row) {
        var insert = em.createNativeQuery("insert into audit_record (seq, recorded_at, actor, organisation_id,"
                + " action, target_type, target_id, outcome, details, previous_hash, hash)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        for (int i = 0; i < row.length; i++) {
            insert.setParameter(i + 1, row[i]);
        }
        insert.executeUpdate();
    }
}
