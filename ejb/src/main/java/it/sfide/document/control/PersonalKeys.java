package it.sfide.document.control;

import it.sfide.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Personal signing keys, held by the platform for each person who signs (a remote-signature model): one PKCS#12 file
 * per account under {@code keys/people} in the data directory, created with its certificate from the platform CA at
 * the person's first signature. The file's password is derived (PBKDF2, 210,000 rounds) from the person's own
 * password together with the platform keystore password, so the key opens only while the person re-enters their
 * password, and a copy of the data directory alone opens nothing.
 */
@ApplicationScoped
public class PersonalKeys {

    private static final String ALIAS = "signing";
    private static final int ROUNDS = 210_000;
    private static final Duration VALIDITY = Duration.ofDays(3L * 365);

    @Inject
    PlatformKeys platform;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** The person's signing identity, created at the first signature; empty when the password does not open it. */
    public synchronized Optional<SigningIdentity> unlock(long accountId, String fullName, String role,
            String password) {
        Path file = file(accountId);
        char[] secret = secret(accountId, password);
        try {
            if (!Files.exists(file)) {
                create(file, fullName, secret);
            }
            KeyStore store = load(file, secret);
            if (store == null) {
                return Optional.empty();
            }
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, secret);
            List<X509Certificate> chain = java.util.Arrays.stream(store.getCertificateChain(ALIAS))
                    .map(c -> (X509Certificate) c).toList();
            return Optional.of(new SigningIdentity(key, chain, fullName, role));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the personal signing key of account " + accountId, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the personal signing key of account " + accountId, e);
        }
    }

    /** The person changed their password: the key file is protected again under the new one. */
    public synchronized void rewrap(long accountId, String oldPassword, String newPassword) {
        Path file = file(accountId);
        if (!Files.exists(file)) {
            return;
        }
        char[] oldSecret = secret(accountId, oldPassword);
        char[] newSecret = secret(accountId, newPassword);
        try {
            KeyStore store = load(file, oldSecret);
            if (store == null) {
                throw new IllegalStateException("the personal key of account " + accountId
                        + " does not open with the current password");
            }
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, oldSecret);
            Certificate[] chain = store.getCertificateChain(ALIAS);
            PlatformKeys.writeKeyFile(file, ALIAS, key, chain, newSecret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The person chose a new password without the old one (a recovery link): the key, protected by a password
     * nobody may use any more, cannot be re-wrapped. Its file is set aside (kept, never opened again) so that a
     * new key and certificate are made at the next signature; documents signed with the old key stay valid.
     */
    public synchronized void retire(long accountId) {
        Path file = file(accountId);
        if (!Files.exists(file)) {
            return;
        }
        try {
            Files.move(file, file.resolveSibling(accountId + ".retired-" + clock.millis() + ".p12"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot retire the personal signing key of account " + accountId, e);
        }
    }

    private void create(Path file, String fullName, char[] secret) throws IOException, GeneralSecurityException {
        Instant now = clock.instant();
        KeyPair keys = CertificateAuthority.newKeyPair();
        X509Certificate ca = platform.certificate(PlatformKeys.CA);
        X509Certificate certificate = CertificateAuthority.issue(ca, platform.privateKey(PlatformKeys.CA),
                keys.getPublic(), fullName, CertificateAuthority.Purpose.SIGNING, now, VALIDITY, platform.crlUrl());
        PlatformKeys.writeKeyFile(file, ALIAS, keys.getPrivate(), new Certificate[] {certificate, ca}, secret);
    }


    /** The keystore, or null when the secret is wrong. */
    private static KeyStore load(Path file, char[] secret) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof java.security.UnrecoverableKeyException
                    || e.getCause() instanceof javax.crypto.BadPaddingException) {
                return null;
            }
            throw e;
        }
    }

    private Path file(long accountId) {
        return settings.keystore().toAbsolutePath().getParent().resolve("people").resolve(accountId + ".p12");
    }

    private char[] secret(long accountId, String password) {
        try {
            byte[] salt = platform.derivedSecret("personal-key|" + accountId);
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ROUNDS, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return Base64.getEncoder().encodeToString(derived).toCharArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
