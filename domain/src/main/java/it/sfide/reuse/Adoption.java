package it.sfide.reuse;

import it.sfide.shared.ValidationFailure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Another public body uses a solution of the catalogue: recorded by one of its officers with the day it started,
 * where it is in use (an office, a service) and optionally the address of that installation. Public: the entry
 * shows where it is in use, and its {@code publiccode.yml} lists the body under {@code usedBy}. One per body and
 * entry; never by the owning body.
 */
@Entity
@Table(name = "reuse_adoption")
@NamedQuery(name = Adoption.OF_ENTRY, query = "SELECT a FROM Adoption a WHERE a.entryId = :entry"
        + " ORDER BY a.since, a.id")
@NamedQuery(name = Adoption.OF_BODY, query = "SELECT a FROM Adoption a WHERE a.entryId = :entry"
        + " AND a.bodyId = :body")
@NamedQuery(name = Adoption.COUNTS, query = "SELECT a.entryId, COUNT(a) FROM Adoption a"
        + " WHERE a.entryId IN :entries GROUP BY a.entryId")
public class Adoption {

    public static final String OF_ENTRY = "Adoption.ofEntry";
    public static final String OF_BODY = "Adoption.ofBody";
    public static final String COUNTS = "Adoption.counts";

    public static final int WHERE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "in_use_since", nullable = false)
    private LocalDate since;

    @Column(name = "where_in_use", nullable = false, length = 2 * WHERE_MAX)
    private String whereInUse;

    @Column(name = "url", length = EntryDetails.URL_MAX)
    private String url;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Adoption() {
    }

    /**
     * An officer ({@code recordedBy}) of the public body {@code bodyId} records that it uses the entry's solution
     * since {@code since} (not after {@code today}), {@code whereInUse} (one line, at most {@value #WHERE_MAX}
     * characters) and at {@code url} (optional, {@code https}): every problem on its field; 409 for the owning body.
     */
    public Adoption(CatalogueEntry entry, long bodyId, long recordedBy, LocalDate since, String whereInUse,
            String url, LocalDate today, Instant now) {
        String where = EntryDetails.text(whereInUse);
        String address = EntryDetails.text(url);
        new ValidationFailure.Collector()
                .check(since != null, "since", "error.required")
                .check(since == null || !since.isAfter(today), "since", "reuse.error.sinceFuture")
                .check(where != null, "whereInUse", "error.required")
                .check(where == null || where.indexOf('\n') < 0, "whereInUse", "publiccode.error.singleLine")
                .check(where == null || EntryDetails.allowed(where, false), "whereInUse",
                        "publiccode.error.characters")
                .check(where == null || EntryDetails.length(where) <= WHERE_MAX, "whereInUse", "error.tooLong",
                        WHERE_MAX)
                .check(address == null || address.length() <= EntryDetails.URL_MAX, "url", "error.tooLong",
                        EntryDetails.URL_MAX)
                .check(address == null || EntryDetails.isHttpsAddress(address), "url", "reuse.error.https")
                .throwIfAny();
        entry.requireAnotherBody(bodyId);
        this.entryId = Objects.requireNonNull(entry.getId());
        this.bodyId = bodyId;
        this.recordedBy = recordedBy;
        this.since = since;
        this.whereInUse = where;
        this.url = address;
        this.recordedAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public long getEntryId() { return entryId; }
    public long getBodyId() { return bodyId; }
    public long getRecordedBy() { return recordedBy; }
    public LocalDate getSince() { return since; }
    public String getWhereInUse() { return whereInUse; }
    public String getUrl() { return url; }
    public Instant getRecordedAt() { return recordedAt; }
}
