package it.sfide.platform.keys;

import it.sfide.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The platform's master key: 256 random bits kept outside the database, in {@code SFIDE_MASTER_KEY} (Base64) or
 * in the file {@code SFIDE_MASTER_KEY_FILE} (by default {@code keys/master.key} in the data directory, created at
 * the first start, readable by the server's user only). A copy of the database alone therefore decrypts nothing.
 * Each use gets its own key, derived with HMAC-SHA-256 from the master key and the name of the use.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MasterKey {

    /** Proposal drafts (sections, attachments) at rest. */
    public static final String DRAFTS = "proposal-drafts-v1";
    /** The wrapping of the private opening keys of challenge phases. */
    public static final String OPENING_KEYS = "opening-keys-v1";
    /** People's second-factor (TOTP) secrets at rest. */
    public static final String SECOND_FACTORS = "second-factors-v1";

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();

    private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());

    @Inject
    Settings settings;

    private byte[] master;
    private final Map<String, SecretKey> derived = new ConcurrentHashMap<>();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void open() {
        master = settings.masterKey().map(MasterKey::decode).orElseGet(() -> fromFile(settings.masterKeyFile()));
    }

    /** The AES-256 key for one use, e.g. {@link #DRAFTS}. */
    public SecretKey key(String use) {
        return derived.computeIfAbsent(use, u -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(master, "HmacSHA256"));
                return new SecretKeySpec(mac.doFinal(("sfide|" + u).getBytes(StandardCharsets.UTF_8)), "AES");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * AES-256-GCM under the key of {@code use}, a fresh 96-bit nonce per value and the value's place as associated
     * data (a value copied to another row does not decrypt): nonce ‖ ciphertext ‖ tag.
     */
    public byte[] seal(String use, byte[] clear, String place) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            javax.crypto.Cipher gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(javax.crypto.Cipher.ENCRYPT_MODE, key(use), new javax.crypto.spec.GCMParameterSpec(TAG_BITS, nonce));
            gcm.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = gcm.doFinal(clear);
            return java.nio.ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a value for " + use, e);
        }
    }

    /** The clear value {@link #seal} sealed at the same place. */
    public byte[] unseal(String use, byte[] stored, String place) {
        try {
            javax.crypto.Cipher gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(javax.crypto.Cipher.DECRYPT_MODE, key(use),
                    new javax.crypto.spec.GCMParameterSpec(TAG_BITS, stored, 0, NONCE));
            gcm.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            return gcm.doFinal(stored, NONCE, stored.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a value does not decrypt at " + place
                    + " (changed in the database, or another master key)", e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the master key is not Base64", e);
        }
        if (key.length < 32) {
            throw new IllegalStateException("the master key must hold at least 256 bits (32 bytes in Base64)");
        }
        return key;
    }

    private static byte[] fromFile(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (!Files.exists(file)) {
                    byte[] fresh = new byte[32];
                    new SecureRandom().nextBytes(fresh);
                    Path temporary = file.resolveSibling(file.getFileName() + ".new");
                    Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh) + "\n");
                    if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
                        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                    }
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                    LOG.info(() -> "Master key created in " + file + ": back it up apart from the database");
                }
                return decode(Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key " + file, e);
        }
    }
}
