package it.sfide.proposal.control;

import it.sfide.proposal.ProposalBlob;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.io.ByteArrayOutputStream;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class BlobStoreTest {

    /** Chunk by chunk, piece by piece, the stored bytes are exactly one AES-CBC encryption of the whole file. */
    @Test
    void chunksEncryptedInPiecesAreTheCiphertextOfTheWholeFile() throws Exception {
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256);
        SecretKey key = aes.generateKey();
        byte[] iv = new byte[16];
        new Random(7).nextBytes(iv);
        for (int size : new int[] {1, 15, 16, BlobStore.PIECE_BYTES + 3, ProposalBlob.CHUNK_BYTES - 16,
                ProposalBlob.CHUNK_BYTES + 1, 3 * ProposalBlob.CHUNK_BYTES + 12_345}) {
            byte[] clear = new byte[size];
            new Random(size).nextBytes(clear);
            Cipher cipher = BlobStore.cbc(Cipher.ENCRYPT_MODE, key, iv);
            ByteArrayOutputStream stored = new ByteArrayOutputStream();
            int step = ProposalBlob.CHUNK_BYTES - 16;
            for (int offset = 0; offset < size; offset += step) {
                int length = Math.min(step, size - offset);
                byte[] chunk = BlobStore.encryptChunk(cipher, clear, offset, length, offset + length == size);
                stored.writeBytes(chunk);
            }
            assertArrayEquals(BlobStore.cbc(Cipher.ENCRYPT_MODE, key, iv).doFinal(clear), stored.toByteArray(),
                    "size " + size);
        }
    }
}
