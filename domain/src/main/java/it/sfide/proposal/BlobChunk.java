package it.sfide.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One chunk of a {@link ProposalBlob}, numbered from 0. */
@Entity
@Table(name = "proposal_blob_chunk")
@IdClass(BlobChunk.Key.class)
public class BlobChunk {

    @Id
    @Column(name = "blob_id")
    private long blobId;

    @Id
    @Column(name = "chunk_no")
    private int chunkNo;

    @jakarta.persistence.Lob
    @Column(name = "data", nullable = false)
    private byte[] data;

    protected BlobChunk() {
    }

    public BlobChunk(long blobId, int chunkNo, byte[] data) {
        this.blobId = blobId;
        this.chunkNo = chunkNo;
        this.data = data;
    }

    /** The bytes as stored (not copied: chunks are large and never changed). */
    public byte[] data() {
        return data;
    }

    /** The identity of a chunk. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long blobId;
        private int chunkNo;

        public Key() {
        }

        public Key(long blobId, int chunkNo) {
            this.blobId = blobId;
            this.chunkNo = chunkNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.blobId == blobId && k.chunkNo == chunkNo;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(blobId) * 31 + chunkNo;
        }
    }
}
