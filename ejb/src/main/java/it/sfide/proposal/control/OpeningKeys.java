package it.sfide.proposal.control;

import it.sfide.platform.keys.MasterKey;
import it.sfide.proposal.OpeningKey;
import it.sfide.shared.Digests;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The opening keys of challenge phases: an RSA-3072 pair per phase, made at publication; the private key is
 * wrapped (AES-256-GCM) under a key derived from the master key, with the phase as associated data, and is
 * unwrapped only for an opening that has been confirmed (or to read what it opened).
 */
@Dependent
public class OpeningKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    MasterKey master;

    public Optional<OpeningKey> find(long challengeId, int phase) {
        return em.createNamedQuery(OpeningKey.FIND, OpeningKey.class).setParameter("challenge", challengeId)
                .setParameter("phase", phase).getResultStream().findFirst();
    }

    /** The phase's key, made now if the phase has none yet. */
    public OpeningKey ensure(long challengeId, int phase, Instant now) {
        return find(challengeId, phase).orElseGet(() -> create(challengeId, phase, now));
    }

    private OpeningKey create(long challengeId, int phase, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, RANDOM);
            KeyPair pair = generator.generateKeyPair();
            byte[] publicKey = pair.getPublic().getEncoded();
            String keyId = Digests.sha256Hex(publicKey);
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, master.key(MasterKey.OPENING_KEYS), new GCMParameterSpec(128, nonce));
            gcm.updateAAD(place(challengeId, phase));
            byte[] wrapped = gcm.doFinal(pair.getPrivate().getEncoded());
            OpeningKey key = new OpeningKey(challengeId, phase, keyId, publicKey,
                    ByteBuffer.allocate(12 + wrapped.length).put(nonce).put(wrapped).array(), now);
            em.persist(key);
            em.flush();
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an opening key", e);
        }
    }

    public static PublicKey publicKey(OpeningKey key) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(key.getPublicKey()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] keyId(OpeningKey key) {
        return HexFormat.of().parseHex(key.getKeyId());
    }

    /**
     * The private key, unwrapped: only for a confirmed opening (the caller's duty) — the first time is recorded on
     * the key.
     */
    public PrivateKey unwrap(OpeningKey key, Instant now) {
        byte[] stored = key.getWrappedPrivateKey();
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, master.key(MasterKey.OPENING_KEYS), new GCMParameterSpec(128, stored, 0,
                    12));
            gcm.updateAAD(place(key.getChallengeId(), key.getPhaseNumber()));
            byte[] pkcs8 = gcm.doFinal(stored, 12, stored.length - 12);
            key.unwrapped(now);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the opening key of challenge " + key.getChallengeId() + " phase "
                    + key.getPhaseNumber() + " does not unwrap (another master key?)", e);
        }
    }

    private static byte[] place(long challengeId, int phase) {
        return ("opening-key|challenge:" + challengeId + "|phase:" + phase).getBytes(StandardCharsets.UTF_8);
    }
}
