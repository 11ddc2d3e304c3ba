package it.sfide.contract;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A file of a deliverable: its name, SHA-256 and bytes (read only when downloaded). */
@Entity
@Table(name = "contract_deliverable_file")
public class DeliverableFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "deliverable_id", nullable = false)
    private Deliverable deliverable;

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

    protected DeliverableFile() {
    }

    DeliverableFile(Deliverable deliverable, String name, String sha256, byte[] content) {
        this.deliverable = Objects.requireNonNull(deliverable);
        this.name = Objects.requireNonNull(name);
        this.sha256 = Objects.requireNonNull(sha256);
        this.content = Objects.requireNonNull(content);
        this.sizeBytes = content.length;
    }

    public Long getId() { return id; }
    public Deliverable getDeliverable() { return deliverable; }
    public String getName() { return name; }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
}
