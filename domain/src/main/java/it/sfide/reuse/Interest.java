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
import java.util.Objects;

/**
 * Another public body's interest in reusing a solution of the catalogue, declared by one of its officers with a
 * message for the owning body (what they would use it for, whom to call). One per body and entry; never by the
 * owning body.
 */
@Entity
@Table(name = "reuse_interest")
@NamedQuery(name = Interest.OF_ENTRY, query = "SELECT i FROM Interest i WHERE i.entryId = :entry"
        + " ORDER BY i.declaredAt DESC, i.id DESC")
@NamedQuery(name = Interest.OF_BODY, query = "SELECT i FROM Interest i WHERE i.entryId = :entry"
        + " AND i.bodyId = :body")
public class Interest {

    public static final String OF_ENTRY = "Interest.ofEntry";
    public static final String OF_BODY = "Interest.ofBody";

    public static final int MESSAGE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "message", nullable = false, length = 2 * MESSAGE_MAX)
    private String message;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected Interest() {
    }

    /**
     * An officer ({@code accountId}) of the public body {@code bodyId} declares the body's interest in the entry:
     * refused on its field without a message or with one over {@value #MESSAGE_MAX} characters, and (409) for the
     * owning body.
     */
    public Interest(CatalogueEntry entry, long bodyId, long accountId, String message, Instant now) {
        String text = EntryDetails.text(message);
        new ValidationFailure.Collector().check(text != null, "message", "reuse.error.messageRequired")
                .check(text == null || EntryDetails.length(text) <= MESSAGE_MAX, "message", "error.tooLong",
                        MESSAGE_MAX)
                .check(text == null || EntryDetails.allowed(text, true), "message", "publiccode.error.characters")
                .throwIfAny();
        entry.requireAnotherBody(bodyId);
        this.entryId = Objects.requireNonNull(entry.getId());
        this.bodyId = bodyId;
        this.accountId = accountId;
        this.message = text;
        this.declaredAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public long getEntryId() { return entryId; }
    public long getBodyId() { return bodyId; }
    public long getAccountId() { return accountId; }
    public String getMessage() { return message; }
    public Instant getDeclaredAt() { return declaredAt; }
}
