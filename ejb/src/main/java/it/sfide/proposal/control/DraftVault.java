package it.sfide.proposal.control;

import it.sfide.platform.keys.MasterKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Encryption of drafts at rest under the drafts key (derived from the master key, never in the database):
 * AES-256-GCM with a fresh 96-bit nonce per value and the value's place as associated data, so a value copied
 * to another row does not decrypt. Also makes the per-file keys of attachments.
 */
@ApplicationScoped
public class DraftVault {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    @Inject
    MasterKey master;

    private final SecureRandom random = new SecureRandom();

    /** nonce ‖ ciphertext ‖ tag. */
    public byte[] encrypt(byte[] clear, String place) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, master.key(MasterKey.DRAFTS), new GCMParameterSpec(TAG_BITS, nonce));
            gcm.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = gcm.doFinal(clear);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a draft value", e);
        }
    }

    public byte[] decrypt(byte[] stored, String place) {
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, master.key(MasterKey.DRAFTS), new GCMParameterSpec(TAG_BITS, stored, 0,
                    NONCE));
            gcm.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            return gcm.doFinal(stored, NONCE, stored.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a draft value does not decrypt at " + place
                    + " (changed in the database, or another master key)", e);
        }
    }

    public byte[] encryptText(String text, String place) {
        return encrypt(text.getBytes(StandardCharsets.UTF_8), place);
    }

    public String decryptText(byte[] stored, String place) {
        return new String(decrypt(stored, place), StandardCharsets.UTF_8);
    }

    /** A new AES-256 key for one attachment. */
    public SecretKey newFileKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new random initialisation vector for AES-CBC. */
    public byte[] newIv() {
        byte[] iv = new byte[16];
        random.nextBytes(iv);
        return iv;
    }

    public byte[] wrapFileKey(SecretKey key, String place) {
        return encrypt(key.getEncoded(), place);
    }

    public SecretKey unwrapFileKey(byte[] wrapped, String place) {
        return new SecretKeySpec(decrypt(wrapped, place), "AES");
    }
}
