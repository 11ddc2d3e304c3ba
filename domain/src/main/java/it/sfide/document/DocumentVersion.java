package it.sfide.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** The SHA-256 of an earlier version of a document, replaced when someone signed it. */
@Entity
@Table(name = "document_version")
@NamedQuery(name = DocumentVersion.BY_SHA256, query = "select v from DocumentVersion v join fetch v.document"
        + " where v.sha256 = :sha256")
@NamedQuery(name = DocumentVersion.HASHES_OF, query = "select v.sha256 from DocumentVersion v"
        + " where v.document = :document")
public class DocumentVersion {

    public static final String BY_SHA256 = "DocumentVersion.bySha256";
    /** The hashes of a document's earlier versions. */
    public static final String HASHES_OF = "DocumentVersion.hashesOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private IssuedDocument document;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "superseded_at", nullable = false)
    private Instant supersededAt;

    protected DocumentVersion() {
    }

    public DocumentVersion(IssuedDocument document, String sha256, Instant supersededAt) {
        this.document = Objects.requireNonNull(document);
        this.sha256 = Objects.requireNonNull(sha256);
        this.supersededAt = Objects.requireNonNull(supersededAt);
    }

    public IssuedDocument getDocument() { return document; }
    public String getSha256() { return sha256; }
    public Instant getSupersededAt() { return supersededAt; }
}
