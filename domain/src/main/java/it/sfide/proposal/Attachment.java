package it.sfide.proposal;

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
 * A PDF attached to a draft, already checked by content: its encrypted bytes are a {@link ProposalBlob}; its name
 * and its own AES key are stored encrypted under the drafts key; its SHA-256 and size are those of the clear file
 * (what the receipt certifies).
 */
@Entity
@Table(name = "proposal_attachment")
@NamedQuery(name = Attachment.OF_PROPOSAL, query = "SELECT a FROM Attachment a WHERE a.proposalId = :proposal"
        + " ORDER BY a.id")
@NamedQuery(name = Attachment.COUNT_OF_BLOB, query = "SELECT COUNT(a) FROM Attachment a WHERE a.blobId = :blob")
public class Attachment {

    public static final String OF_PROPOSAL = "Attachment.ofProposal";
    public static final String COUNT_OF_BLOB = "Attachment.countOfBlob";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "blob_id", nullable = false)
    private long blobId;

    @Column(name = "name_cipher", nullable = false)
    private byte[] nameCipher;

    @Column(name = "key_cipher", nullable = false)
    private byte[] keyCipher;

    @Column(name = "iv", nullable = false)
    private byte[] iv;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "pages", nullable = false)
    private int pages;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(long proposalId, long blobId, byte[] nameCipher, byte[] keyCipher, byte[] iv, long sizeBytes,
            int pages, String sha256, long uploadedBy, Instant uploadedAt) {
        this.proposalId = proposalId;
        this.blobId = blobId;
        this.nameCipher = nameCipher.clone();
        this.keyCipher = keyCipher.clone();
        this.iv = iv.clone();
        this.sizeBytes = sizeBytes;
        this.pages = pages;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long getId() { return id; }
    public long getProposalId() { return proposalId; }
    public long getBlobId() { return blobId; }
    public byte[] getNameCipher() { return nameCipher.clone(); }
    public byte[] getKeyCipher() { return keyCipher.clone(); }
    public byte[] getIv() { return iv.clone(); }
    public long getSizeBytes() { return sizeBytes; }
    public int getPages() { return pages; }
    public String getSha256() { return sha256; }
    public long getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
