package it.sfide.document.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the signatures of a PDF, ours or anyone's, and reports for each one: who signed (name and role), whether
 * the signed bytes are intact, whether the signature covers the whole file or the file changed after it (pages or
 * content, as opposed to later signatures and validation data), the signer's chain against the configured trust
 * anchors (with the CRLs found in the file), and its time-stamp. Never decompresses content streams: it compares
 * them as stored, so compression bombs cost nothing.
 */
public final class SignatureInspector {

    /** The outcome of checking a chain against the trust anchors. */
    public enum Chain { TRUSTED, UNTRUSTED, INVALID }

    /** Why a file could not be inspected; each has a message key {@code verify.error.<reason>}. */
    public enum Refusal { NOT_PDF, ENCRYPTED, MALFORMED }

    /** A file that cannot be inspected. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final Refusal reason;

        Unreadable(Refusal reason, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /** What was found about one signature. */
    public record SignatureCheck(String field, String signer, String role, String reason, Instant claimedTime,
            String subFilter, boolean intact, boolean coversWholeFile, boolean changedAfter, Chain chain,
            String chainDetail, Instant timeStamp, boolean timeStampValid) {

        /** Everything holds: intact, unchanged since, trusted chain, valid time-stamp. */
        public boolean valid() {
            return intact && !changedAfter && chain == Chain.TRUSTED && timeStamp != null && timeStampValid;
        }
    }

    private SignatureInspector() {
    }

    /**
     * Checks every signature of a PDF against the trust anchors. A signature without a valid time-stamp is judged
     * at {@code now} (the caller's clock), one with a valid time-stamp at the stamped time.
     */
    public static List<SignatureCheck> inspect(byte[] file, Collection<X509Certificate> anchors, Instant now)
            throws Unreadable {
        if (file.length < 8 || !new String(file, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new Unreadable(Refusal.NOT_PDF, null);
        }
        try (PDDocument document = Loader.loadPDF(file)) {
            List<X509Certificate> dssCertificates = new ArrayList<>();
            List<X509CRL> dssCrls = new ArrayList<>();
            readDss(document, dssCertificates, dssCrls);
            List<SignatureCheck> checks = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                checks.add(check(file, document, signature, anchors, dssCertificates, dssCrls, now));
            }
            return checks;
        } catch (InvalidPasswordException e) {
            throw new Unreadable(Refusal.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(Refusal.MALFORMED, e);
        }
    }

    private static SignatureCheck check(byte[] file, PDDocument document, PDSignature signature,
            Collection<X509Certificate> anchors, List<X509Certificate> dssCertificates, List<X509CRL> dssCrls,
            Instant now)
            throws IOException {
        int[] range = signature.getByteRange();
        Instant claimed = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        String field = signature.getCOSObject().getString(COSName.T, "");
        if (range == null || range.length != 4 || (long) range[2] + range[3] > file.length || range[0] != 0) {
            return new SignatureCheck(field, signature.getName(), signature.getContactInfo(), signature.getReason(),
                    claimed, signature.getSubFilter(), false, false, true, Chain.INVALID, "byte range", null, false);
        }
        int signedLength = range[2] + range[3];
        byte[] signedContent = new byte[range[1] + range[3]];
        System.arraycopy(file, range[0], signedContent, 0, range[1]);
        System.arraycopy(file, range[2], signedContent, range[1], range[3]);
        boolean covers = signedLength == file.length;
        boolean changedAfter = !covers && changedAfter(file, signedLength, document);

        CMSSignedData cms;
        SignerInformation signer;
        X509Certificate certificate;
        try {
            byte[] contents = signature.getContents(file);
            ASN1Primitive first;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                first = in.readObject();
            }
            cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(first));
            signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new SignatureCheck(field, signature.getName(), signature.getContactInfo(),
                        signature.getReason(), claimed, signature.getSubFilter(), false, covers, changedAfter,
                        Chain.INVALID, "no signer certificate", null, false);
            }
            certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        } catch (Exception e) {
            return new SignatureCheck(field, signature.getName(), signature.getContactInfo(), signature.getReason(),
                    claimed, signature.getSubFilter(), false, covers, changedAfter, Chain.INVALID,
                    "unreadable signature", null, false);
        }
        boolean intact;
        try {
            intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (Exception e) {
            intact = false;
        }

        Instant stampTime = null;
        boolean stampValid = false;
        List<X509Certificate> pool = new ArrayList<>(dssCertificates);
        pool.addAll(certificates(cms));
        Attribute stampAttribute = signer.getUnsignedAttributes() == null ? null
                : signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (stampAttribute != null) {
            try {
                TimeStampToken token = new TimeStampToken(new CMSSignedData(
                        stampAttribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
                stampTime = token.getTimeStampInfo().getGenTime().toInstant();
                byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> tsaMatches = token.getCertificates().getMatches(token.getSID());
                X509Certificate tsa = new JcaX509CertificateConverter().getCertificate(tsaMatches.iterator().next());
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
                List<X509Certificate> tsaPool = new ArrayList<>(pool);
                tsaPool.addAll(certificates(token.toCMSSignedData()));
                stampValid = Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest())
                        && tsa.getExtendedKeyUsage() != null && tsa.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.8")
                        && chain(tsa, tsaPool, dssCrls, anchors, stampTime) == null;
            } catch (Exception e) {
                stampValid = false;
            }
        }
        Instant at = stampValid ? stampTime : now;
        String chainProblem = chain(certificate, pool, dssCrls, anchors, at);
        Chain chain = chainProblem == null ? Chain.TRUSTED
                : chainProblem.startsWith("untrusted") ? Chain.UNTRUSTED : Chain.INVALID;
        String role = signature.getContactInfo();
        String name = commonName(certificate);
        return new SignatureCheck(field, name, role, signature.getReason(), claimed, signature.getSubFilter(),
                intact, covers, changedAfter, chain, chainProblem, stampTime, stampValid);
    }

    /**
     * Whether the file changed after the signed revision in a way that matters: different pages or page contents
     * or other annotations. Later signatures, their fields and validation data do not count.
     */
    private static boolean changedAfter(byte[] file, int signedLength, PDDocument latest) {
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(file, signedLength))) {
            if (signed.getNumberOfPages() != latest.getNumberOfPages()) {
                return true;
            }
            for (int i = 0; i < signed.getNumberOfPages(); i++) {
                if (!Arrays.equals(rawContent(signed.getPage(i)), rawContent(latest.getPage(i)))
                        || otherAnnotations(signed.getPage(i)) != otherAnnotations(latest.getPage(i))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static byte[] rawContent(PDPage page) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        List<COSBase> parts = new ArrayList<>();
        if (contents instanceof COSArray array) {
            array.forEach(parts::add);
        } else if (contents != null) {
            parts.add(contents);
        }
        for (COSBase part : parts) {
            COSBase resolved = part instanceof COSObject object ? object.getObject() : part;
            if (resolved instanceof COSStream stream) {
                try (InputStream in = stream.createRawInputStream()) {
                    in.transferTo(out);
                }
            }
        }
        return out.toByteArray();
    }

    private static long otherAnnotations(PDPage page) throws IOException {
        return page.getAnnotations().stream()
                .filter(a -> !"Sig".equals(a.getCOSObject().getNameAsString(COSName.FT))).count();
    }

    /** Null when the chain from the certificate to an anchor holds at that time; otherwise what is wrong. */
    private static String chain(X509Certificate certificate, List<X509Certificate> pool, List<X509CRL> crls,
            Collection<X509Certificate> anchors, Instant at) {
        try {
            Set<TrustAnchor> trust = anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
            if (trust.isEmpty()) {
                return "untrusted: no trust anchor configured";
            }
            List<X509Certificate> path = new ArrayList<>();
            X509Certificate current = certificate;
            while (current != null && path.size() < 10 && !path.contains(current)) {
                path.add(current);
                javax.security.auth.x500.X500Principal issuer = current.getIssuerX500Principal();
                if (issuer.equals(current.getSubjectX500Principal())
                        || anchors.stream().anyMatch(a -> a.getSubjectX500Principal().equals(issuer))) {
                    break;
                }
                X509Certificate next = null;
                for (X509Certificate candidate : pool) {
                    if (candidate.getSubjectX500Principal().equals(issuer) && !candidate.equals(current)) {
                        next = candidate;
                        break;
                    }
                }
                current = next;
            }
            if (path.get(path.size() - 1).getIssuerX500Principal().equals(
                    path.get(path.size() - 1).getSubjectX500Principal())) {
                path.remove(path.size() - 1); // a self-signed end of chain is the anchor, or not trusted at all
                if (path.isEmpty()) {
                    return anchors.contains(certificate) ? null : "untrusted: self-signed certificate";
                }
            }
            PKIXParameters parameters = new PKIXParameters(trust);
            parameters.setDate(Date.from(at));
            boolean haveCrls = !crls.isEmpty();
            parameters.setRevocationEnabled(haveCrls);
            if (haveCrls) {
                parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
            }
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return null;
        } catch (java.security.cert.CertPathValidatorException e) {
            return e.getReason() == java.security.cert.CertPathValidatorException.BasicReason.UNSPECIFIED
                    || e.getReason() == java.security.cert.PKIXReason.NO_TRUST_ANCHOR
                    ? "untrusted: " + e.getMessage() : "invalid: " + e.getMessage();
        } catch (Exception e) {
            return "invalid: " + e.getMessage();
        }
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> holders = cms.getCertificates().getMatches(null);
        for (X509CertificateHolder holder : holders) {
            try {
                out.add(converter.getCertificate(holder));
            } catch (Exception e) {
                // an unreadable certificate simply does not help building the chain
            }
        }
        return out;
    }

    private static void readDss(PDDocument document, List<X509Certificate> certificates, List<X509CRL> crls)
            throws IOException {
        COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
        if (dss == null) {
            return;
        }
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
        for (byte[] der : streams(dss.getCOSArray(COSName.getPDFName("Certs")))) {
            try {
                certificates.add((X509Certificate) factory.generateCertificate(new java.io.ByteArrayInputStream(der)));
            } catch (Exception e) {
                // skip what cannot be read
            }
        }
        for (byte[] der : streams(dss.getCOSArray(COSName.getPDFName("CRLs")))) {
            try {
                crls.add((X509CRL) factory.generateCRL(new java.io.ByteArrayInputStream(der)));
            } catch (Exception e) {
                // skip what cannot be read
            }
        }
    }

    private static List<byte[]> streams(COSArray array) throws IOException {
        List<byte[]> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSStream stream) {
                try (InputStream in = stream.createInputStream()) {
                    out.add(in.readNBytes(1 << 20));
                }
            }
        }
        return out;
    }

    private static String commonName(X509Certificate certificate) {
        String dn = certificate.getSubjectX500Principal().getName();
        for (String part : dn.split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3).replace("\\", "");
            }
        }
        return dn;
    }
}
