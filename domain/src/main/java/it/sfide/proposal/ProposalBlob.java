package it.sfide.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Encrypted bytes of an attachment, stored as {@link BlobChunk}s of at most {@value #CHUNK_BYTES} bytes (below
 * any database server's packet limit, so a 50 MB file needs no server setting). A draft's attachment and the
 * submissions that sealed it share one blob.
 */
@Entity
@Table(name = "proposal_blob")
public class ProposalBlob {

    public static final int CHUNK_BYTES = 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "chunks", nullable = false)
    private int chunks;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProposalBlob() {
    }

    public ProposalBlob(Instant now) {
        this.createdAt = now;
    }

    /** Records how much was written once every chunk is stored. */
    public void completed(long size, int chunkCount) {
        this.sizeBytes = size;
        this.chunks = chunkCount;
    }

    public Long getId() { return id; }
    public long getSizeBytes() { return sizeBytes; }
    public int getChunks() { return chunks; }
    public Instant getCreatedAt() { return createdAt; }
}
