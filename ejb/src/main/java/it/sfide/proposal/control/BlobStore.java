package it.sfide.proposal.control;

import it.sfide.proposal.BlobChunk;
import it.sfide.proposal.ProposalBlob;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.time.Instant;

/**
 * Stores attachments encrypted (AES-256-CBC under the file's own key, the content encryption a CMS EnvelopedData
 * uses, so a submission can seal the same bytes by wrapping only the key) in chunks, and reads them back as
 * streams, a chunk at a time.
 */
@Dependent
public class BlobStore {

    static final int PIECE_BYTES = 64 * 1024;

    @PersistenceContext
    EntityManager em;

    /** Encrypts and stores the clear bytes, a chunk at a time (no second copy of the file); returns the blob's id. */
    public long write(byte[] clear, SecretKey key, byte[] iv, Instant now) {
        ProposalBlob blob = new ProposalBlob(now);
        em.persist(blob);
        em.flush();
        try {
            Cipher cipher = cbc(Cipher.ENCRYPT_MODE, key, iv);
            long size = 0;
            int chunks = 0;
            int step = ProposalBlob.CHUNK_BYTES - 16;   // each chunk's ciphertext stays within a chunk
            for (int offset = 0; offset < clear.length; offset += step) {
                int length = Math.min(step, clear.length - offset);
                byte[] part = encryptChunk(cipher, clear, offset, length, offset + length == clear.length);
                BlobChunk chunk = new BlobChunk(blob.getId(), chunks++, part);
                em.persist(chunk);
                em.flush();
                em.detach(chunk);   // written: let its bytes go
                size += part.length;
            }
            if (clear.length == 0) {
                byte[] part = cipher.doFinal();
                em.persist(new BlobChunk(blob.getId(), chunks++, part));
                size += part.length;
            }
            blob.completed(size, chunks);
            em.flush();
            return blob.getId();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One chunk, encrypted in pieces of {@link #PIECE_BYTES} into a buffer of its exact size. Many calls of moderate
     * size let the JIT compile the cipher's whole-buffer path early (a few megabyte-sized calls per upload would
     * run block by block for a long time); {@code step} and the pieces are multiples of the AES block, so nothing
     * stays buffered in the cipher between calls.
     */
    static byte[] encryptChunk(Cipher cipher, byte[] clear, int offset, int length, boolean last)
            throws GeneralSecurityException {
        byte[] part = new byte[last ? cipher.getOutputSize(length) : length];
        int written = 0;
        for (int p = offset; p < offset + length; p += PIECE_BYTES) {
            written += cipher.update(clear, p, Math.min(PIECE_BYTES, offset + length - p), part, written);
        }
        if (last) {
            written += cipher.doFinal(part, written);
        }
        return written == part.length ? part : java.util.Arrays.copyOf(part, written);
    }

    /** The encrypted bytes, as stored. */
    public InputStream encrypted(long blobId) {
        ProposalBlob blob = em.find(ProposalBlob.class, blobId);
        if (blob == null) {
            throw new IllegalStateException("no blob " + blobId);
        }
        return new ChunkStream(blob.getId(), blob.getChunks());
    }

    /** The clear bytes, decrypted as they are read. */
    public InputStream clear(long blobId, SecretKey key, byte[] iv) {
        try {
            return new CipherInputStream(encrypted(blobId), cbc(Cipher.DECRYPT_MODE, key, iv));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes a blob nothing refers to any more. */
    public void delete(long blobId) {
        em.createQuery("DELETE FROM BlobChunk c WHERE c.blobId = :blob").setParameter("blob", blobId)
                .executeUpdate();
        ProposalBlob blob = em.find(ProposalBlob.class, blobId);
        if (blob != null) {
            em.remove(blob);
        }
    }

    static Cipher cbc(int mode, SecretKey key, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(mode, key, new IvParameterSpec(iv));
        return cipher;
    }

    /** Reads chunk after chunk, each loaded when needed and let go after. */
    private final class ChunkStream extends InputStream {
        private final long blobId;
        private final int chunks;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        ChunkStream(long blobId, int chunks) {
            this.blobId = blobId;
            this.chunks = chunks;
        }

        private boolean fill() {
            while (position >= current.length) {
                if (next >= chunks) {
                    return false;
                }
                BlobChunk chunk = em.find(BlobChunk.class, new BlobChunk.Key(blobId, next++));
                if (chunk == null) {
                    throw new IllegalStateException("blob " + blobId + " misses chunk " + (next - 1));
                }
                current = chunk.data();
                em.detach(chunk);
                position = 0;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    }
}
