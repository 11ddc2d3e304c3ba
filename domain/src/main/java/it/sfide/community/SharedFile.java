package it.sfide.community;

import it.sfide.shared.Digests;
import it.sfide.shared.SfideException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A document shared in a community post: office documents, PDF, images and plain data up to
 * {@value #MAX_BYTES} bytes, its type decided by its extension (the community service then checks the content is
 * really of that type: document's {@code FileContents}), with its SHA-256.
 */
@Entity
@Table(name = "community_file")
public class SharedFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final Map<String, String> TYPES = it.sfide.shared.FileTypes.BY_EXTENSION;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SharedFile() {
    }

    /** A shared document, with the SHA-256 of its bytes; refused when empty, too large or of a type not accepted. */
    public SharedFile(String fileName, byte[] content, Instant now) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw SfideException.invalid("file", "community.error.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw SfideException.invalid("file", "community.error.fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (!TYPES.containsKey(extension)) {
            throw SfideException.invalid("file", "community.error.fileType", String.join(", ",
                    new java.util.TreeSet<>(TYPES.keySet())));
        }
        this.fileName = name;
        this.contentType = TYPES.get(extension);
        this.sizeBytes = content.length;
        this.sha256 = Digests.sha256Hex(content);
        this.content = content;
        this.uploadedAt = now;
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public Instant getUploadedAt() { return uploadedAt; }
}
