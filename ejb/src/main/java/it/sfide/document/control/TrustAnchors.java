package it.sfide.document.control;

import it.sfide.document.AnchorCertificate;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trust anchors every signature is checked against: the platform's root CA, always, and the certification
 * authorities the platform admin added (read from the database at each verification, so every server of a cluster
 * trusts the same ones at once). Also reads a certificate the admin gives, PEM or DER, and says why it cannot be an
 * anchor: unreadable, several at once, not a CA, expired or not yet valid, a self-signed one whose signature does
 * not hold. Refusals are {@code invalid} on the field {@code file}.
 */
@Dependent
public class TrustAnchors {

    /** A certificate is a few KB; a larger input is refused unread. */
    public static final int MAX_INPUT = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(TrustAnchors.class.getName());
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([A-Za-z0-9+/=\\s]*?)-----END (?:X509 |TRUSTED )?CERTIFICATE-----");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    PlatformKeys keys;

    /** The platform's root CA first, then every anchor the admin added. */
    public List<X509Certificate> all() {
        List<X509Certificate> anchors = new ArrayList<>();
        anchors.add(keys.certificate(PlatformKeys.CA));
        for (AnchorCertificate added : added()) {
            try {
                anchors.add(certificate(added.getDer()));
            } catch (GeneralSecurityException e) {
                LOG.warning(() -> "trust anchor " + added.getId() + " cannot be read and is ignored: " + e);
            }
        }
        return anchors;
    }

    public List<AnchorCertificate> added() {
        return em.createNamedQuery(AnchorCertificate.ALL, AnchorCertificate.class).getResultList();
    }

    public X509Certificate platformRoot() {
        return keys.certificate(PlatformKeys.CA);
    }

    /** The certificate in the input: one PEM block, base64 text, or DER; refused with the reason otherwise. */
    public static X509Certificate parse(byte[] input) {
        if (input == null || input.length == 0) {
            throw invalid("empty");
        }
        if (input.length > MAX_INPUT) {
            throw invalid("tooLarge", MAX_INPUT / 1024);
        }
        byte[] der = input;
        if (input[0] != 0x30) {
            String text = new String(input, StandardCharsets.ISO_8859_1);
            if (text.contains("-----BEGIN")) {
                Matcher blocks = PEM.matcher(text);
                List<String> found = new ArrayList<>();
                while (blocks.find()) {
                    found.add(blocks.group(1));
                }
                if (found.size() > 1) {
                    throw invalid("several", found.size());
                }
                if (found.isEmpty()) {
                    throw invalid("unreadable");
                }
                text = found.get(0);
            }
            try {
                der = Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
            } catch (IllegalArgumentException e) {
                throw invalid("unreadable");
            }
        }
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            ASN1Primitive structure = in.readObject();
            if (structure == null || in.available() > 0) {
                throw invalid("unreadable");
            }
            org.bouncycastle.asn1.x509.Certificate.getInstance(structure);
            return certificate(der);
        } catch (SfideException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw invalid("unreadable");
        }
    }

    /**
     * Refuses a certificate that cannot anchor chains: not a CA (basic constraints, key usage), outside its
     * validity now, or self-signed with a signature that does not hold.
     */
    public static void requireAnchor(X509Certificate certificate, Instant now) {
        boolean[] usage = certificate.getKeyUsage();
        if (certificate.getBasicConstraints() < 0 || usage != null && (usage.length < 6 || !usage[5])) {
            throw invalid("notCa");
        }
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw invalid("expired", DAY.format(certificate.getNotAfter().toInstant()));
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw invalid("notYetValid", DAY.format(certificate.getNotBefore().toInstant()));
        }
        if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            try {
                certificate.verify(certificate.getPublicKey());
            } catch (GeneralSecurityException | RuntimeException e) {
                throw invalid("badSignature");
            }
        }
    }

    private static X509Certificate certificate(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static SfideException invalid(String reason, Object... arguments) {
        return SfideException.invalid("file", "document.error.anchor." + reason, arguments);
    }
}
