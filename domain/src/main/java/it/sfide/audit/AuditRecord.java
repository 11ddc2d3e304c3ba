package it.sfide.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One act in the audit chain. Immutable once written: it holds the hash of the record before it and its own
 * SHA-256 over a canonical form of all its fields (see {@link AuditChain}), so that altering, deleting or
 * reordering records is detected. Never holds sealed content, passwords or tokens.
 */
@Entity
@Table(name = "audit_record")
@NamedQueries({
    @NamedQuery(name = AuditRecord.FROM_SEQ, query = "select r from AuditRecord r where r.seq >= :from order by r.seq"),
    @NamedQuery(name = AuditRecord.SEARCH, query = "select r from AuditRecord r where" + AuditRecord.FILTER
            + " order by r.seq desc"),
    @NamedQuery(name = AuditRecord.COUNT, query = "select count(r) from AuditRecord r where" + AuditRecord.FILTER)
})
public class AuditRecord {

    public static final String FROM_SEQ = "AuditRecord.fromSeq";
    public static final String SEARCH = "AuditRecord.search";
    public static final String COUNT = "AuditRecord.count";
    /** The filters of {@link #SEARCH} and {@link #COUNT}: each parameter null means "any" (the instants always bound). */
    static final String FILTER = " (:actor is null or r.actor = :actor) and (:action is null or r.action like :action)"
            + " and (:organisation is null or r.organisationId = :organisation)"
            + " and (:outcome is null or r.outcome = :outcome) and r.recordedAt >= :from and r.recordedAt < :to";
    public static final int DETAILS_MAX = 500;

    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "action", nullable = false, length = 80)
    private String action;

    @Column(name = "target_type", length = 40)
    private String targetType;

    @Column(name = "target_id", length = 40)
    private String targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private AuditOutcome outcome;

    @Column(name = "details", length = DETAILS_MAX)
    private String details;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditRecord() {
    }

    /**
     * The record that follows {@code previousHash} at position {@code seq}; its hash is computed here. Line breaks
     * and other control characters in the texts (a user name, a message) become spaces, so no value can forge a
     * line of an export or a log.
     */
    public AuditRecord(long seq, Instant recordedAt, AuditEntry entry, String previousHash) {
        this.seq = seq;
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.actor = cut(Objects.requireNonNull(entry.actor()), 60);
        this.organisationId = entry.organisationId();
        this.action = cut(Objects.requireNonNull(entry.action()), 80);
        this.targetType = cut(entry.targetType(), 40);
        this.targetId = cut(entry.targetId(), 40);
        this.outcome = Objects.requireNonNull(entry.outcome());
        this.details = cut(entry.details(), DETAILS_MAX);
        this.previousHash = Objects.requireNonNull(previousHash);
        this.hash = AuditChain.hashOf(this);
    }

    private static String cut(String value, int max) {
        String line = oneLine(value);
        return line == null || line.length() <= max ? line : line.substring(0, max);
    }

    /** The text with CR, LF and every other control or line/paragraph separator character turned into a space. */
    static String oneLine(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(value.length());
        value.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) || c == 0x2028
                || c == 0x2029 ? ' ' : c));
        return line.toString();
    }

    public long getSeq() { return seq; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getActor() { return actor; }
    public Long getOrganisationId() { return organisationId; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public AuditOutcome getOutcome() { return outcome; }
    public String getDetails() { return details; }
    public String getPreviousHash() { return previousHash; }
    public String getHash() { return hash; }
}
