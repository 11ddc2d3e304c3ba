package it.sfide.document.control;

import it.sfide.platform.Links;
import it.sfide.platform.Settings;
import it.sfide.shared.Digests;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The platform's keys, in a PKCS#12 keystore ({@code SFIDE_KEYSTORE}, by default {@code keys/platform.p12} in the
 * data directory, password {@code SFIDE_KEYSTORE_PASSWORD}) with the aliases {@code ca} (root CA), {@code tsa}
 * (time-stamping authority) and {@code seal} (platform seal). A self-contained install creates them at its first
 * start; a production install provides its own keystore with the same aliases.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlatformKeys {

    public static final String CA = "ca";
    public static final String TSA = "tsa";
    public static final String SEAL = "seal";
    static final String DEMO_PASSWORD = "sfide-demo-keystore";
    private static final Logger LOG = Logger.getLogger(PlatformKeys.class.getName());

    @Inject
    Links links;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private static final Duration CRL_PERIOD = Duration.ofHours(1);

    private volatile KeyStore store;
    private RemoteTimeStampAuthority remote;
    private volatile IssuedCrl crl;
    private char[] password;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void open() {
        password = settings.keystorePassword().orElseGet(() -> {
            LOG.warning("SFIDE_KEYSTORE_PASSWORD is not set: the platform keystore uses the published demo"
                    + " password. Set it for any real installation (docs/operations.md).");
            return DEMO_PASSWORD;
        }).toCharArray();
        remote = settings.tsaUrl().map(url -> new RemoteTimeStampAuthority(java.net.URI.create(url),
                settings.tsaUser().orElse(null), settings.tsaPassword().orElse(null))).orElse(null);
        if (remote != null) {
            LOG.info(() -> "Signature time-stamps come from the external service " + settings.tsaUrl().orElseThrow());
        }
        Path file = settings.keystore();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // one creator even when several servers share the data directory
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (!Files.exists(file)) {
                    create(file);
                }
                store = load(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the platform keystore " + file, e);
        }
    }

    private void create(Path file) throws IOException {
        Instant now = clock.instant();
        KeyPair caKeys = CertificateAuthority.newKeyPair();
        X509Certificate ca = CertificateAuthority.selfSignedRoot(caKeys, "Sfide Root CA", now, Duration.ofDays(365L * 20));
        KeyPair tsaKeys = CertificateAuthority.newKeyPair();
        X509Certificate tsa = CertificateAuthority.issue(ca, caKeys.getPrivate(), tsaKeys.getPublic(),
                "Sfide Time-Stamping Authority", CertificateAuthority.Purpose.TIME_STAMPING, now,
                Duration.ofDays(365L * 10), crlUrl());
        KeyPair sealKeys = CertificateAuthority.newKeyPair();
        X509Certificate seal = CertificateAuthority.issue(ca, caKeys.getPrivate(), sealKeys.getPublic(),
                "Sfide Platform Seal", CertificateAuthority.Purpose.SEAL, now, Duration.ofDays(365L * 5), crlUrl());
        try {
            KeyStore created = KeyStore.getInstance("PKCS12");
            created.load(null, null);
            created.setKeyEntry(CA, caKeys.getPrivate(), password, new Certificate[] {ca});
            created.setKeyEntry(TSA, tsaKeys.getPrivate(), password, new Certificate[] {tsa, ca});
            created.setKeyEntry(SEAL, sealKeys.getPrivate(), password, new Certificate[] {seal, ca});
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                created.store(out, password);
            }
            ownerOnly(temporary);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.info(() -> "Platform keys created in " + file + " (root CA, time-stamping authority, seal)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the platform keys", e);
        }
    }

    /** Private keys: readable by the server's user only, where the file system knows permissions. */
    /**
     * Writes a PKCS#12 file holding one key and its chain: through a temporary file moved into place atomically,
     * readable by the server's user only.
     */
    static void writeKeyFile(Path file, String alias, PrivateKey key, Certificate[] chain, char[] secret)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(file.getParent());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, secret, chain);
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, secret);
        }
        ownerOnly(temporary);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private KeyStore load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore loaded = KeyStore.getInstance("PKCS12");
            loaded.load(in, password);
            for (String alias : new String[] {CA, TSA, SEAL}) {
                if (!loaded.isKeyEntry(alias)) {
                    throw new IllegalStateException("the platform keystore " + file + " has no key '" + alias + "'");
                }
            }
            return loaded;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the platform keystore " + file
                    + " (wrong SFIDE_KEYSTORE_PASSWORD?)", e);
        }
    }

    /** Where the CA's CRL is published, written into the certificates it issues. */
    public String crlUrl() {
        return links.api("/trust/ca.crl");
    }

    /**
     * A secret for one purpose (e.g. the protection of a body's or a person's key file), derived from the platform
     * keystore password without revealing it: a key file copied from the data directory opens only with it.
     */
    public byte[] derivedSecret(String purpose) {
        return Digests.sha256(("sfide|" + purpose + "|" + new String(password))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Signature time-stamps: by the external service of {@code SFIDE_TSA_URL} when configured, otherwise by the
     * platform's own time-stamping authority at the given time.
     */
    public java.util.function.Function<byte[], org.bouncycastle.tsp.TimeStampToken> timeStamper(Instant now) {
        if (remote != null) {
            return remote::stamp;
        }
        X509Certificate tsa = certificate(TSA);
        PrivateKey key = privateKey(TSA);
        java.util.List<X509Certificate> chain = java.util.List.of(tsa, certificate(CA));
        return digest -> TimeStampAuthority.stamp(digest, tsa, key, chain, now);
    }

    /**
     * What a verifier needs offline besides CRLs: the signer's chain (and the platform TSA's; an external
     * service's certificates are taken from its tokens).
     */
    public java.util.List<X509Certificate> validationCertificates(X509Certificate signer) {
        return remote != null ? java.util.List.of(signer, certificate(CA))
                : java.util.List.of(signer, certificate(TSA), certificate(CA));
    }

    /**
     * The CRLs covering a signature's certificates: the platform CA's (the hourly one, or one issued now for a
     * signature added to an existing document) and, for certificates of other authorities (an external
     * time-stamping service), the CRLs published at their distribution points.
     */
    public RevocationSource revocation(boolean fresh) {
        return certificates -> RemoteCrls.covering(certificates, certificate(CA), () -> fresh ? freshCrl() : crl(),
                clock.instant());
    }

    public X509Certificate certificate(String alias) {
        try {
            return (X509Certificate) store.getCertificate(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A platform private key, decrypted from the keystore once and then kept in memory. */
    public PrivateKey privateKey(String alias) {
        return privateKeys.computeIfAbsent(alias, a -> {
            try {
                return (PrivateKey) store.getKey(a, password);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private final java.util.Map<String, PrivateKey> privateKeys = new java.util.concurrent.ConcurrentHashMap<>();

    /** An RFC 3161 response of the platform's time-stamping authority to the given request. */
    public byte[] timeStampResponse(byte[] request) {
        return TimeStampAuthority.respond(request, certificate(TSA), privateKey(TSA),
                java.util.List.of(certificate(TSA), certificate(CA)), clock.instant());
    }

    /**
     * The root CA's current CRL: a new one every hour (each valid for a week), as a CA publishes them on a schedule;
     * every document issued in that hour embeds the same one.
     */
    public X509CRL crl() {
        Instant now = clock.instant();
        IssuedCrl current = crl;
        if (current == null || !now.isBefore(current.at().plus(CRL_PERIOD)) || now.isBefore(current.at())) {
            current = new IssuedCrl(CertificateAuthority.crl(certificate(CA), privateKey(CA), now), now);
            crl = current;
        }
        return current.crl();
    }

    /**
     * A CRL issued now, for a signature added to an existing document: validators count validation data towards
     * baseline LT only when it is added after the signature, so the hourly one may not do.
     */
    public X509CRL freshCrl() {
        return CertificateAuthority.crl(certificate(CA), privateKey(CA), clock.instant());
    }

    private record IssuedCrl(X509CRL crl, Instant at) {
    }
}
