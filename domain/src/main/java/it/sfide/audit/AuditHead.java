package it.sfide.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. Appending locks this single row, so records are
 * chained one after the other even with several servers on one database; a truncated chain no longer matches it.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final long ID = 1;

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditHead() {
    }

    /** Moves the head to the record just appended. */
    public void advanceTo(AuditRecord record) {
        if (record.getSeq() != seq + 1 || !record.getPreviousHash().equals(hash)) {
            throw new IllegalStateException("an audit record must follow the head");
        }
        seq = record.getSeq();
        hash = record.getHash();
    }

    public long getSeq() { return seq; }
    public String getHash() { return hash; }
}
