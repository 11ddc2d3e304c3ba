package it.sfide.evaluation;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A file attached to an appeal (a PDF), with its SHA-256. */
@Entity
@Table(name = "evaluation_appeal_file")
@NamedQuery(name = AppealFile.OF_APPEAL, query = "SELECT f FROM AppealFile f WHERE f.appealId = :appeal ORDER BY f.id")
public class AppealFile {

    public static final String OF_APPEAL = "AppealFile.ofAppeal";
    public static final int MAX_FILES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appeal_id", nullable = false)
    private long appealId;

    @Column(name = "name", nullable = false, length = 255)
    private String name;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected AppealFile() {
    }

    public AppealFile(long appealId, String name, String sha256, byte[] content, Instant now) {
        this.appealId = appealId;
        this.name = Objects.requireNonNull(name);
        this.sha256 = Objects.requireNonNull(sha256);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public long getAppealId() { return appealId; }
    public String getName() { return name; }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.clone(); }
    public Instant getUploadedAt() { return uploadedAt; }
}
