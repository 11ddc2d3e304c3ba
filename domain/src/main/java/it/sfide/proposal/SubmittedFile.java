package it.sfide.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/**
 * A file of a submission: the SHA-256 and size of the clear file, the blob of its encrypted bytes and a CMS
 * EnvelopedData holding its key for the phase's opening key, with the encrypted content detached (the blob).
 */
@Embeddable
public class SubmittedFile {

    @Column(name = "file_no", nullable = false)
    private int fileNo;

    @Column(name = "blob_id", nullable = false)
    private long blobId;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Column(name = "envelope", nullable = false)
    private byte[] envelope;

    protected SubmittedFile() {
    }

    public SubmittedFile(int fileNo, long blobId, long sizeBytes, String sha256, byte[] envelope) {
        this.fileNo = fileNo;
        this.blobId = blobId;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.envelope = envelope.clone();
    }

    public int getFileNo() { return fileNo; }
    public long getBlobId() { return blobId; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getEnvelope() { return envelope.clone(); }
}
