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

    /**
     * What was found about one signature.
     *
     * @param certificate the signer's certificate, null when the container is unreadable
     * @param signedLength where the signed bytes end (the byte range's end): a signature added by an incremental
     *        update ends beyond the version it was added to
     * @param revocationChecked every certificate of the chain was checked against a CRL valid at the time judged
     */
    public record SignatureCheck(String field, String signer, String role, String reason, Instant claimedTime,
            String subFilter, boolean intact, boolean coversWholeFile, boolean changedAfter, Chain chain,
            String chainDetail, Instant timeStamp, boolean timeStampValid, X509Certificate certificate,
            long signedLength, boolean revocationChecked) {

        /**
         * Everything holds: intact, unchanged since, and a chain to a trust anchor at the time judged: the time of
         * a valid signature time-stamp, otherwise the verification's own time (a signature without a trusted
         * time-stamp, like most qualified signatures made with a smart card, is valid while its certificate is).
         */
        public boolean valid() {
            return intact && !changedAfter && chain == Chain.TRUSTED;
        }
    }

    /**
     * What was found about one CMS signer (a PAdES container's, or each signer of a CAdES envelope): its
     * certificate, whether the signature holds over the content (and the ESS signing-certificate attribute names
     * that certificate), the chain, the signature time-stamp, and the signing time the signer claims (the CMS
     * signing-time attribute, if any).
     */
    public record SignerCheck(X509Certificate certificate, boolean intact, Chain chain, String chainDetail,
            Instant timeStamp, boolean timeStampValid, boolean revocationChecked, Instant claimedTime) {

        public boolean valid() {
            return intact && chain == Chain.TRUSTED;
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
        return inspect(file, anchors, now, null);
    }

    /**
     * As above; {@code online}, when given, supplies CRLs the file does not carry (from the certificates'
     * distribution points) for chains that already reach a trust anchor: only then, so a forged certificate never
     * makes the server fetch an address of its choosing.
     */
    public static List<SignatureCheck> inspect(byte[] file, Collection<X509Certificate> anchors, Instant now,
            RevocationSource online) throws Unreadable {
        if (file.length < 8 || !new String(file, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new Unreadable(Refusal.NOT_PDF, null);
        }
        try (PDDocument document = Loader.loadPDF(file)) {
            List<X509Certificate> dssCertificates = new ArrayList<>();
            List<X509CRL> dssCrls = new ArrayList<>();
            readDss(document, dssCertificates, dssCrls);
            List<SignatureCheck> checks = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                checks.add(check(file, document, signature, anchors, dssCertificates, dssCrls, now, online));
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
            Instant now, RevocationSource online)
            throws IOException {
        int[] range = signature.getByteRange();
        Instant claimed = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        String field = signature.getCOSObject().getString(COSName.T, "");
        if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
                || range[3] < 0 || (long) range[2] + range[3] > file.length) {
            return new SignatureCheck(field, signature.getName(), signature.getContactInfo(), signature.getReason(),
                    claimed, signature.getSubFilter(), false, false, true, Chain.INVALID, "byte range", null, false,
                    null, 0, false);
        }
        int signedLength = range[2] + range[3];
        byte[] signedContent = new byte[range[1] + range[3]];
        System.arraycopy(file, range[0], signedContent, 0, range[1]);
        System.arraycopy(file, range[2], signedContent, range[1], range[3]);
        boolean covers = signedLength == file.length;
        boolean changedAfter = !covers && changedAfter(file, signedLength, document);

        if (DOCUMENT_TIME_STAMP.equals(signature.getSubFilter())) {
            return documentTimeStamp(signature, field, claimed, signature.getContents(file), signedContent, covers,
                    changedAfter, signedLength, dssCertificates, dssCrls, anchors, now);
        }
        CMSSignedData cms;
        SignerInformation signer;
        try {
            byte[] contents = signature.getContents(file);
            ASN1Primitive first;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                first = in.readObject();
            }
            cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(first));
            signer = cms.getSignerInfos().getSigners().iterator().next();
        } catch (Exception e) {
            return new SignatureCheck(field, signature.getName(), signature.getContactInfo(), signature.getReason(),
                    claimed, signature.getSubFilter(), false, covers, changedAfter, Chain.INVALID,
                    "unreadable signature", null, false, null, signedLength, false);
        }
        SignerCheck checked = checkSigner(signer, cms, dssCertificates, dssCrls, anchors, now, online);
        if (checked.certificate() == null) {
            return new SignatureCheck(field, signature.getName(), signature.getContactInfo(),
                    signature.getReason(), claimed, signature.getSubFilter(), false, covers, changedAfter,
                    Chain.INVALID, "no signer certificate", null, false, null, signedLength, false);
        }
        return new SignatureCheck(field, commonName(checked.certificate()), signature.getContactInfo(),
                signature.getReason(), claimed, signature.getSubFilter(), checked.intact(), covers, changedAfter,
                checked.chain(), checked.chainDetail(), checked.timeStamp(), checked.timeStampValid(),
                checked.certificate(), signedLength, checked.revocationChecked());
    }

    /** The sub-filter of a document time-stamp (PAdES baseline LTA): the container is an RFC 3161 token. */
    static final String DOCUMENT_TIME_STAMP = "ETSI.RFC3161";

    /**
     * A document time-stamp: an RFC 3161 token whose imprint is the digest of the signed bytes, signed by a
     * time-stamping authority chaining to the anchors at the token's time. Reported with the authority as signer and
     * the token's time as its time-stamp.
     */
    private static SignatureCheck documentTimeStamp(PDSignature signature, String field, Instant claimed,
            byte[] contents, byte[] signedContent, boolean covers, boolean changedAfter, int signedLength,
            List<X509Certificate> dssCertificates, List<X509CRL> dssCrls, Collection<X509Certificate> anchors,
            Instant now) {
        try {
            ASN1Primitive first;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                first = in.readObject();
            }
            TimeStampToken token = new TimeStampToken(new CMSSignedData(ContentInfo.getInstance(first)));
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
            X509Certificate tsa = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            byte[] digest = MessageDigest.getInstance(token.getTimeStampInfo().getMessageImprintAlgOID().getId())
                    .digest(signedContent);
            boolean intact;
            try {
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa)); // it wants the certificate
                intact = Arrays.equals(digest, token.getTimeStampInfo().getMessageImprintDigest());
            } catch (Exception e) {
                intact = false;
            }
            List<X509Certificate> pool = new ArrayList<>(dssCertificates);
            pool.addAll(certificates(token.toCMSSignedData()));
            ChainResult chain = chain(tsa, pool, dssCrls, anchors, time, null);
            Chain outcome = chain.problem() == null ? Chain.TRUSTED
                    : chain.problem().startsWith("untrusted") ? Chain.UNTRUSTED : Chain.INVALID;
            boolean stampValid = intact && outcome == Chain.TRUSTED && tsa.getExtendedKeyUsage() != null
                    && tsa.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.8");
            return new SignatureCheck(field, commonName(tsa), null, signature.getReason(), claimed,
                    DOCUMENT_TIME_STAMP, intact, covers, changedAfter, outcome, chain.problem(), time, stampValid, tsa,
                    signedLength, chain.revocationChecked());
        } catch (Exception e) {
            return new SignatureCheck(field, signature.getName(), null, signature.getReason(), claimed,
                    DOCUMENT_TIME_STAMP, false, covers, changedAfter, Chain.INVALID, "unreadable time-stamp", null,
                    false, null, signedLength, false);
        }
    }

    /** Whether the check is of a document time-stamp (validation data) rather than someone's signature. */
    public static boolean isDocumentTimeStamp(SignatureCheck check) {
        return DOCUMENT_TIME_STAMP.equals(check.subFilter());
    }

    /**
     * Checks one signer of a CMS SignedData whose content is known (given to the parser, or encapsulated): the
     * signature over it, the ESS signing-certificate attribute against the certificate used, the signature
     * time-stamp, and the chain to the anchors at the time-stamp's time (or {@code now} without a valid one).
     * Certificates and CRLs the structure carries are used besides the given ones.
     */
    public static SignerCheck checkSigner(SignerInformation signer, CMSSignedData cms,
            List<X509Certificate> moreCertificates, List<X509CRL> moreCrls, Collection<X509Certificate> anchors,
            Instant now, RevocationSource online) {
        X509Certificate certificate;
        try {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new SignerCheck(null, false, Chain.INVALID, "no signer certificate", null, false, false,
                        null);
            }
            certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        } catch (Exception e) {
            return new SignerCheck(null, false, Chain.INVALID, "unreadable signer certificate", null, false, false,
                    null);
        }
        boolean intact;
        try {
            // with the key, not the certificate: its validity is the chain's question, at the time judged, not at
            // the signing time the signer claims
            intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()))
                    && namesItsCertificate(signer, certificate);
        } catch (Exception e) {
            intact = false;
        }
        Instant claimed = null;
        try {
            Attribute signingTime = signer.getSignedAttributes() == null ? null
                    : signer.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime);
            if (signingTime != null) {
                claimed = org.bouncycastle.asn1.cms.Time.getInstance(signingTime.getAttrValues().getObjectAt(0))
                        .getDate().toInstant();
            }
        } catch (RuntimeException e) {
            claimed = null;
        }

        Instant stampTime = null;
        boolean stampValid = false;
        List<X509Certificate> pool = new ArrayList<>(moreCertificates);
        pool.addAll(certificates(cms));
        List<X509CRL> crls = new ArrayList<>(moreCrls);
        crls.addAll(crls(cms));
        Attribute stampAttribute = signer.getUnsignedAttributes() == null ? null
                : signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (stampAttribute != null) {
            try {
                TimeStampToken token = new TimeStampToken(new CMSSignedData(
                        stampAttribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
                stampTime = token.getTimeStampInfo().getGenTime().toInstant();
                byte[] imprint = MessageDigest.getInstance(token.getTimeStampInfo().getMessageImprintAlgOID().getId())
                        .digest(signer.getSignature());
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> tsaMatches = token.getCertificates().getMatches(token.getSID());
                X509Certificate tsa = new JcaX509CertificateConverter().getCertificate(tsaMatches.iterator().next());
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
                List<X509Certificate> tsaPool = new ArrayList<>(pool);
                tsaPool.addAll(certificates(token.toCMSSignedData()));
                stampValid = Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest())
                        && tsa.getExtendedKeyUsage() != null && tsa.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.8")
                        && chain(tsa, tsaPool, crls, anchors, stampTime, null).problem() == null;
            } catch (Exception e) {
                stampValid = false;
            }
        }
        Instant at = stampValid ? stampTime : now;
        ChainResult chain = chain(certificate, pool, crls, anchors, at, online);
        Chain outcome = chain.problem() == null ? Chain.TRUSTED
                : chain.problem().startsWith("untrusted") ? Chain.UNTRUSTED : Chain.INVALID;
        return new SignerCheck(certificate, intact, outcome, chain.problem(), stampTime, stampValid,
                chain.revocationChecked(), claimed);
    }

    /**
     * The ESS signing-certificate attribute (v2, or v1 with SHA-1), when the signer put one, names the certificate
     * used: otherwise a certificate with the same key could have been substituted.
     */
    private static boolean namesItsCertificate(SignerInformation signer, X509Certificate certificate)
            throws Exception {
        if (signer.getSignedAttributes() == null) {
            return true;
        }
        Attribute v2 = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 != null) {
            org.bouncycastle.asn1.ess.ESSCertIDv2 id = org.bouncycastle.asn1.ess.SigningCertificateV2.getInstance(
                    v2.getAttrValues().getObjectAt(0)).getCerts()[0];
            return Arrays.equals(id.getCertHash(), MessageDigest.getInstance(
                    id.getHashAlgorithm().getAlgorithm().getId()).digest(certificate.getEncoded()));
        }
        Attribute v1 = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificate);
        if (v1 != null) {
            org.bouncycastle.asn1.ess.ESSCertID id = org.bouncycastle.asn1.ess.SigningCertificate.getInstance(
                    v1.getAttrValues().getObjectAt(0)).getCerts()[0];
            return Arrays.equals(id.getCertHash(), MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        }
        return true;
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

    /** A chain's verdict: null when it holds, otherwise what is wrong; and whether revocation was checked. */
    record ChainResult(String problem, boolean revocationChecked) {
    }

    /** CRLs are accepted this far around the time judged, as the JDK's own revocation checker accepts them. */
    private static final long CRL_SKEW_MILLIS = 15 * 60 * 1000;

    /**
     * Whether the chain from the certificate to an anchor holds at that time. Revocation is checked against the
     * CRLs given (those the file carries), for the certificates they cover; a certificate no CRL covers is not
     * refused for that alone (as when the file carries no CRL at all), but the result says revocation was not
     * checked throughout. With {@code online}, a chain that holds is checked again with the CRLs it supplies.
     */
    static ChainResult chain(X509Certificate certificate, List<X509Certificate> pool, List<X509CRL> crls,
            Collection<X509Certificate> anchors, Instant at, RevocationSource online) {
        Set<TrustAnchor> trust = anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
        if (trust.isEmpty()) {
            return new ChainResult("untrusted: no trust anchor configured", false);
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
                return new ChainResult(anchors.contains(certificate) ? null : "untrusted: self-signed certificate",
                        false);
            }
        }
        ChainResult result = validate(path, trust, crls, at);
        if (result.problem() == null && !result.revocationChecked() && online != null) {
            List<X509Certificate> withIssuers = new ArrayList<>(path);
            X509Certificate top = path.get(path.size() - 1);
            anchors.stream().filter(a -> a.getSubjectX500Principal().equals(top.getIssuerX500Principal()))
                    .forEach(withIssuers::add);
            List<X509CRL> more = new ArrayList<>(crls);
            for (X509CRL crl : online.crlsFor(withIssuers)) {
                if (!more.contains(crl)) {
                    more.add(crl);
                }
            }
            if (more.size() > crls.size()) {
                result = validate(path, trust, more, at);
            }
        }
        return result;
    }

    private static ChainResult validate(List<X509Certificate> path, Set<TrustAnchor> trust, List<X509CRL> crls,
            Instant at) {
        try {
            PKIXParameters parameters = new PKIXParameters(trust);
            parameters.setDate(Date.from(at));
            parameters.setRevocationEnabled(false);
            if (!crls.isEmpty()) {
                parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
                CertPathValidator validator = CertPathValidator.getInstance("PKIX");
                java.security.cert.PKIXRevocationChecker revocation =
                        (java.security.cert.PKIXRevocationChecker) validator.getRevocationChecker();
                revocation.setOptions(java.util.EnumSet.of(
                        java.security.cert.PKIXRevocationChecker.Option.PREFER_CRLS,
                        java.security.cert.PKIXRevocationChecker.Option.NO_FALLBACK,
                        java.security.cert.PKIXRevocationChecker.Option.SOFT_FAIL));
                parameters.addCertPathChecker(revocation);
            }
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return new ChainResult(null, !crls.isEmpty() && path.stream().allMatch(c -> covered(c, crls, at)));
        } catch (java.security.cert.CertPathValidatorException e) {
            return new ChainResult(e.getReason() == java.security.cert.CertPathValidatorException.BasicReason.UNSPECIFIED
                    || e.getReason() == java.security.cert.PKIXReason.NO_TRUST_ANCHOR
                    ? "untrusted: " + e.getMessage() : "invalid: " + e.getMessage(), false);
        } catch (Exception e) {
            return new ChainResult("invalid: " + e.getMessage(), false);
        }
    }

    /** A CRL of the certificate's issuer, current at that time, signed by that issuer's key when we have it. */
    private static boolean covered(X509Certificate certificate, List<X509CRL> crls, Instant at) {
        Date early = Date.from(at.plusMillis(CRL_SKEW_MILLIS));
        Date late = Date.from(at.minusMillis(CRL_SKEW_MILLIS));
        return crls.stream().anyMatch(crl -> crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())
                && !crl.getThisUpdate().after(early) && (crl.getNextUpdate() == null || !crl.getNextUpdate().before(late)));
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

    private static List<X509CRL> crls(CMSSignedData cms) {
        List<X509CRL> out = new ArrayList<>();
        org.bouncycastle.cert.jcajce.JcaX509CRLConverter converter = new org.bouncycastle.cert.jcajce.JcaX509CRLConverter();
        @SuppressWarnings("unchecked")
        Collection<org.bouncycastle.cert.X509CRLHolder> holders = cms.getCRLs().getMatches(null);
        for (org.bouncycastle.cert.X509CRLHolder holder : holders) {
            try {
                out.add(converter.getCRL(holder));
            } catch (Exception e) {
                // an unreadable CRL simply does not help checking revocation
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

    /** The certificate's common name (or its whole subject, when it has none). */
    public static String commonName(X509Certificate certificate) {
        String dn = certificate.getSubjectX500Principal().getName();
        for (String part : dn.split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3).replace("\\", "");
            }
        }
        return dn;
    }
}
