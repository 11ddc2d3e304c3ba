package it.sfide.document;

import it.sfide.shared.SfideException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A document the platform issued, as registered: protocol number, type, the record it belongs to, the SHA-256 of
 * its final bytes, its signers and issue time, who may read it, and the bytes themselves. Never changed once
 * registered, except by a signature: one added to the PDF (an incremental update) makes the new bytes the document;
 * one made outside the platform as a CAdES envelope (.p7m) holding the PDF keeps the envelope beside it, as the
 * signed artifact of the current version. Either way the earlier version's hash is remembered.
 */
@Entity
@Table(name = "issued_document")
@NamedQueries({
    @NamedQuery(name = IssuedDocument.BY_PROTOCOL, query = "select d from IssuedDocument d where d.protocol = :protocol"),
    @NamedQuery(name = IssuedDocument.BY_SHA256, query = "select d from IssuedDocument d where d.sha256 = :sha256"
            + " or d.p7mSha256 = :sha256"),
    @NamedQuery(name = IssuedDocument.OF_RECORD, query = "select d from IssuedDocument d"
            + " where d.recordType = :recordType and d.recordId = :recordId order by d.issuedAt desc, d.id desc"),
    @NamedQuery(name = IssuedDocument.VISIBLE, query = "select d from IssuedDocument d where"
            + " (:all = true or d.visibility = it.sfide.document.Visibility.PUBLIC or d.organisationId = :organisation)"
            + " and (:recordType is null or d.recordType = :recordType)"
            + " and (:recordId is null or d.recordId = :recordId) and (:type is null or d.type = :type)"
            + " order by d.issuedAt desc, d.id desc")
})
public class IssuedDocument {

    public static final String BY_PROTOCOL = "IssuedDocument.byProtocol";
    public static final String BY_SHA256 = "IssuedDocument.bySha256";
    public static final String OF_RECORD = "IssuedDocument.ofRecord";
    public static final String VISIBLE = "IssuedDocument.visible";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "protocol", nullable = false, length = 20, unique = true)
    private String protocol;

    @Column(name = "type", nullable = false, length = 60)
    private String type;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false, length = 40)
    private String recordId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 12)
    private Visibility visibility;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "signers", nullable = false, length = 1000)
    private String signers;

    @Column(name = "language", nullable = false, length = 5)
    private String language;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    /** The CAdES envelope (.p7m, DER) holding the current PDF, when the document was signed that way. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "p7m")
    private byte[] p7m;

    @Column(name = "p7m_sha256", length = 64)
    private String p7mSha256;

    protected IssuedDocument() {
    }

    public IssuedDocument(String protocol, String type, String title, String recordType, String recordId,
            Long organisationId, Visibility visibility, String sha256, String signers, String language,
            Instant issuedAt, byte[] content) {
        this.protocol = Objects.requireNonNull(protocol);
        this.type = Objects.requireNonNull(type);
        this.title = Objects.requireNonNull(title);
        this.recordType = Objects.requireNonNull(recordType);
        this.recordId = Objects.requireNonNull(recordId);
        this.organisationId = organisationId;
        this.visibility = Objects.requireNonNull(visibility);
        this.sha256 = Objects.requireNonNull(sha256);
        this.signers = Objects.requireNonNull(signers);
        this.language = Objects.requireNonNull(language);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.content = Objects.requireNonNull(content).clone();
        this.sizeBytes = content.length;
    }

    /**
     * A signature was added to the document (an incremental update of its bytes): the new bytes become the
     * document, and the earlier version is returned so its hash stays recognisable.
     */
    public DocumentVersion signedBy(String signer, byte[] signedContent, String signedSha256, Instant at) {
        if (p7mSha256 != null) {
            // a PDF signature on the encapsulated PDF would leave the envelope's signatures behind
            throw SfideException.conflict("document.error.external.enveloped");
        }
        DocumentVersion earlier = new DocumentVersion(this, sha256, at);
        this.content = Objects.requireNonNull(signedContent).clone();
        this.sizeBytes = signedContent.length;
        this.sha256 = Objects.requireNonNull(signedSha256);
        addSigner(signer);
        return earlier;
    }

    /**
     * Signed outside the platform as a CAdES envelope (.p7m) holding the PDF: the envelope becomes the signed
     * artifact of the current version. The PDF it holds is the current one or, the first time, an incremental
     * update of it (signed within the PDF too), which then becomes the document; a document already enveloped
     * takes only an envelope of the same PDF (with more signers). Returns the earlier version to remember (the
     * earlier envelope, or the earlier PDF when it changed), or null when the PDF stays and had no envelope.
     */
    public DocumentVersion envelopedBy(String signer, byte[] pdf, String pdfSha256, byte[] envelope,
            String envelopeSha256, Instant at) {
        Objects.requireNonNull(pdf);
        Objects.requireNonNull(envelope);
        DocumentVersion earlier = null;
        if (p7mSha256 != null) {
            if (!pdfSha256.equals(sha256)) {
                throw SfideException.conflict("document.error.external.enveloped");
            }
            earlier = new DocumentVersion(this, p7mSha256, at);
        } else if (!pdfSha256.equals(sha256)) {
            earlier = new DocumentVersion(this, sha256, at);
            this.content = pdf.clone();
            this.sizeBytes = pdf.length;
            this.sha256 = pdfSha256;
        }
        this.p7m = envelope.clone();
        this.p7mSha256 = Objects.requireNonNull(envelopeSha256);
        addSigner(signer);
        return earlier;
    }

    private void addSigner(String signer) {
        String added = signers + "; " + Objects.requireNonNull(signer);
        this.signers = added.length() > 1000 ? added.substring(0, 997) + "..." : added;
    }

    /** Whether someone of this organisation (null: anonymous), or an admin, may read the document. */
    public boolean readableBy(Long callerOrganisation, boolean admin) {
        return admin || visibility == Visibility.PUBLIC
                || (organisationId != null && organisationId.equals(callerOrganisation));
    }

    public Long getId() { return id; }
    public String getProtocol() { return protocol; }
    public String getType() { return type; }
    public String getTitle() { return title; }
    public String getRecordType() { return recordType; }
    public String getRecordId() { return recordId; }
    public Long getOrganisationId() { return organisationId; }
    public Visibility getVisibility() { return visibility; }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSigners() { return signers; }
    public String getLanguage() { return language; }
    public Instant getIssuedAt() { return issuedAt; }
    public byte[] getContent() { return content.clone(); }
    /** The CAdES envelope of the current version, or null. */
    public byte[] getP7m() { return p7m == null ? null : p7m.clone(); }
    public String getP7mSha256() { return p7mSha256; }
}
