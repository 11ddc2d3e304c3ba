package it.sfide.document.control;

import it.sfide.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The signing certificates of public bodies: when a body is verified the platform CA issues it an electronic seal
 * certificate (ECDSA P-256, 5 years) whose key is kept in {@code keys/bodies/<organisation id>.p12} next to the
 * platform keystore, protected by a secret derived from the platform keystore password. Documents a body issues
 * (challenge notices, contracts) are sealed with it.
 */
@ApplicationScoped
public class BodySeals {

    private static final String ALIAS = "seal";
    private static final Duration VALIDITY = Duration.ofDays(5L * 365);

    @Inject
    PlatformKeys platform;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Issues the body's seal certificate unless it has one; returns its certificate. */
    public synchronized X509Certificate ensure(long organisationId, String bodyName) {
        Path file = file(organisationId);
        try {
            if (!Files.exists(file)) {
                Instant now = clock.instant();
                KeyPair keys = CertificateAuthority.newKeyPair();
                X509Certificate ca = platform.certificate(PlatformKeys.CA);
                X509Certificate certificate = CertificateAuthority.issue(ca, platform.privateKey(PlatformKeys.CA),
                        keys.getPublic(), bodyName, CertificateAuthority.Purpose.SEAL, now, VALIDITY,
                        platform.crlUrl());
                PlatformKeys.writeKeyFile(file, ALIAS, keys.getPrivate(), new Certificate[] {certificate, ca},
                        secret(organisationId));
            }
            return (X509Certificate) load(organisationId).getCertificate(ALIAS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the seal of organisation " + organisationId, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the seal of organisation " + organisationId, e);
        }
    }

    /** The body's seal certificate, if it was issued. */
    public Optional<X509Certificate> certificate(long organisationId) {
        if (!Files.exists(file(organisationId))) {
            return Optional.empty();
        }
        try {
            return Optional.of((X509Certificate) load(organisationId).getCertificate(ALIAS));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body's sealing identity, shown with its name and the given role (its key read once, then kept). */
    public SigningIdentity identity(long organisationId, String bodyName, String role) {
        SigningIdentity kept = opened.computeIfAbsent(organisationId, id -> {
            try {
                KeyStore store = load(id);
                List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(ALIAS))
                        .map(c -> (X509Certificate) c).toList();
                return new SigningIdentity((PrivateKey) store.getKey(ALIAS, secret(id)), chain, bodyName, role);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot open the seal of organisation " + id, e);
            }
        });
        return new SigningIdentity(kept.key(), kept.chain(), bodyName, role);
    }

    private final java.util.Map<Long, SigningIdentity> opened = new java.util.concurrent.ConcurrentHashMap<>();

    private KeyStore load(long organisationId) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file(organisationId))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret(organisationId));
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seal of organisation " + organisationId, e);
        }
    }

    private char[] secret(long organisationId) {
        return Base64.getEncoder().encodeToString(platform.derivedSecret("body-seal|" + organisationId))
                .toCharArray();
    }

    private Path file(long organisationId) {
        return settings.keystore().toAbsolutePath().getParent().resolve("bodies").resolve(organisationId + ".p12");
    }
}
