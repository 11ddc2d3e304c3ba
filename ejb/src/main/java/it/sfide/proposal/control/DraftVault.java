package it.sfide.proposal.control;

import it.sfide.platform.keys.MasterKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
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

    @Inject
    MasterKey master;

    private final SecureRandom random = new SecureRandom();

    /** nonce ‖ ciphertext ‖ tag (see {@link MasterKey#seal}). */
    public byte[] encrypt(byte[] clear, String place) {
        return master.seal(MasterKey.DRAFTS, clear, place);
    }

    public byte[] decrypt(byte[] stored, String place) {
        return master.unseal(MasterKey.DRAFTS, stored, place);
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
