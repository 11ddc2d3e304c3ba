package it.sfide.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest of the platform: of documents, signatures and time-stamps, of uploaded files, proposal
 * manifests, audit records and stored secrets.
 */
public final class Digests {

    private Digests() {
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In lower-case hexadecimal (64 characters), as every {@code sha256} column stores it. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }
}
