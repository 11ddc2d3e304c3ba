package it.sfide.document.control;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The platform's certificate authority, as pure functions: ECDSA P-256 keys, a self-signed root, end-entity
 * certificates for time-stamping (extended key usage timeStamping, critical), sealing and signing, and CRLs.
 * Uses the JDK's providers; Bouncy Castle only builds the structures.
 */
public final class CertificateAuthority {

    static final String SIGNATURE = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an issued certificate is for. */
    public enum Purpose { TIME_STAMPING, SEAL, SIGNING }

    private CertificateAuthority() {
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA P-256 is not available", e);
        }
    }

    public static X509Certificate selfSignedRoot(KeyPair keys, String commonName, Instant now, Duration validity) {
        X500Name name = name(commonName);
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now),
                    Date.from(now.plus(validity)), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            utils.createSubjectKeyIdentifier(keys.getPublic()));
            return sign(builder, keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create the root certificate", e);
        }
    }

    public static X509Certificate issue(X509Certificate ca, PrivateKey caKey, java.security.PublicKey subjectKey,
            String commonName, Purpose purpose, Instant now, Duration validity) {
        return issue(ca, caKey, subjectKey, commonName, purpose, now, validity, null);
    }

    /** As above, naming where the CA publishes its CRL (an HTTP address), so online validators can fetch it. */
    public static X509Certificate issue(X509Certificate ca, PrivateKey caKey, java.security.PublicKey subjectKey,
            String commonName, Purpose purpose, Instant now, Duration validity, String crlUrl) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            Instant notAfter = now.plus(validity).isAfter(ca.getNotAfter().toInstant())
                    ? ca.getNotAfter().toInstant() : now.plus(validity);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(), Date.from(now),
                    Date.from(notAfter), name(commonName), subjectKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            if (crlUrl != null) {
                GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl));
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                        new DistributionPoint(new DistributionPointName(names), null, null)}));
            }
            switch (purpose) {
                case TIME_STAMPING -> builder
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                        .addExtension(Extension.extendedKeyUsage, true,
                                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                case SEAL, SIGNING -> builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                default -> throw new IllegalArgumentException(String.valueOf(purpose));
            }
            return sign(builder, caKey);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue the certificate of " + commonName, e);
        }
    }

    /** A CRL of the CA listing no revoked certificate yet, valid for a week. */
    public static X509CRL crl(X509Certificate ca, PrivateKey caKey, Instant now) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(name(ca), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
            X509CRLHolder holder = builder.build(signer(caKey));
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue the CRL", e);
        }
    }

    private static X500Name name(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private static X500Name name(String commonName) {
        return new X500Name("CN=" + commonName.replace(",", "\\,") + ",O=Sfide,C=IT");
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    private static ContentSigner signer(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(SIGNATURE).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key)));
    }
}
