package it.sfide.document.control;

import it.sfide.shared.Digests;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * PAdES signatures with PDFBox incremental saves and Bouncy Castle CMS: SubFilter {@code ETSI.CAdES.detached},
 * SHA-256, ESS signing-certificate-v2, no CMS signing-time (the signature dictionary's {@code /M} carries the
 * time), a signature time-stamp (baseline B-T), then the certificates and CRLs of every chain in the document's
 * DSS dictionary (baseline B-LT). Each signature is a new incremental update: earlier signatures stay valid.
 */
public final class PadesSigner {

    /** A first guess of the CMS container's size (signer chain, time-stamp token with its chain). */
    static final int FIRST_GUESS = 4 * 1024;
    static final int MAX_ATTEMPTS = 12;
    /** The container size last seen per signing certificate: usually right at the first attempt. */
    private static final java.util.Map<java.math.BigInteger, Integer> KNOWN_SIZES =
            new java.util.concurrent.ConcurrentHashMap<>();


    private PadesSigner() {
    }

    /**
     * Signs and completes to baseline LT.
     *
     * @param timeStamper gives a signature time-stamp token for a SHA-256 digest
     * @param validationCertificates the certificates a verifier needs offline (the signer's chain; the
     *        time-stamping authority's are taken from the token)
     * @param revocation the CRLs covering all of them
     */
    public static byte[] sign(byte[] pdf, SigningIdentity signer, String reason, Instant signingTime,
            Function<byte[], TimeStampToken> timeStamper, Collection<X509Certificate> validationCertificates,
            RevocationSource revocation) {
        return sign(pdf, signer, reason, signingTime, timeStamper, validationCertificates, revocation, null);
    }

    /**
     * As above, showing the signature in the first free signature box the document's layout kept (see
     * {@link PdfLayout#signatureBlock}) with the given lines (signer, role, time); invisible when no box is free.
     */
    public static byte[] sign(byte[] pdf, SigningIdentity signer, String reason, Instant signingTime,
            Function<byte[], TimeStampToken> timeStamper, Collection<X509Certificate> validationCertificates,
            RevocationSource revocation, List<String> visibleLines) {
        byte[] signed = signBaselineT(pdf, signer, reason, signingTime, timeStamper, visibleLines);
        Collection<X509Certificate> certificates = withTimeStampCertificates(validationCertificates,
                lastContainer(signed));
        return addValidationData(signed, certificates, revocation.crlsFor(certificates));
    }

    /**
     * Adds a document time-stamp (SubFilter {@code ETSI.RFC3161}) over the whole document as it stands, validation
     * data included, in a new incremental update: the archival level, PAdES baseline LTA, for documents that must
     * stay verifiable after their certificates expire (and can be time-stamped again later).
     */
    public static byte[] addDocumentTimeStamp(byte[] pdf, Function<byte[], TimeStampToken> timeStamper) {
        int size = DOCUMENT_TIME_STAMP_GUESS;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
                PDSignature signature = new PDSignature();
                signature.setType(COSName.DOC_TIME_STAMP);
                signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                signature.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
                options.setPreferredSignatureSize(size);
                document.addSignature(signature, options);
                markWidgetsPrintable(document);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                byte[] digest = Digests.sha256(external.getContent().readAllBytes());
                byte[] token = timeStamper.apply(digest).getEncoded();
                if (token.length == size) {
                    external.setSignature(token);
                    return out.toByteArray();
                }
                size = token.length;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot time-stamp the document", e);
            }
        }
        throw new IllegalStateException("cannot size the document time-stamp after " + MAX_ATTEMPTS + " attempts");
    }

    private static final int DOCUMENT_TIME_STAMP_GUESS = 1400;

    /**
     * The given certificates and those the container's signature time-stamp carries, without repeats. Read at the
     * ASN.1 level: only a certificate not already given (an external authority's) is decoded.
     */
    static Collection<X509Certificate> withTimeStampCertificates(Collection<X509Certificate> certificates,
            byte[] container) {
        try {
            java.util.List<X509Certificate> all = new java.util.ArrayList<>(certificates);
            java.util.Set<String> known = new java.util.HashSet<>();
            for (X509Certificate certificate : certificates) {
                known.add(java.util.Base64.getEncoder().encodeToString(certificate.getEncoded()));
            }
            org.bouncycastle.asn1.cms.SignedData signed = org.bouncycastle.asn1.cms.SignedData.getInstance(
                    org.bouncycastle.asn1.cms.ContentInfo.getInstance(container).getContent());
            org.bouncycastle.asn1.cms.SignerInfo info = org.bouncycastle.asn1.cms.SignerInfo.getInstance(
                    signed.getSignerInfos().getObjectAt(0));
            if (info.getUnauthenticatedAttributes() == null) {
                return all;
            }
            org.bouncycastle.asn1.cms.AttributeTable unsigned = new org.bouncycastle.asn1.cms.AttributeTable(
                    info.getUnauthenticatedAttributes());
            org.bouncycastle.asn1.cms.Attribute stamp = unsigned.get(
                    org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            if (stamp == null) {
                return all;
            }
            org.bouncycastle.asn1.cms.SignedData token = org.bouncycastle.asn1.cms.SignedData.getInstance(
                    org.bouncycastle.asn1.cms.ContentInfo.getInstance(stamp.getAttrValues().getObjectAt(0))
                            .getContent());
            if (token.getCertificates() == null) {
                return all;
            }
            java.security.cert.CertificateFactory factory = null;
            for (org.bouncycastle.asn1.ASN1Encodable item : token.getCertificates()) {
                byte[] encoded = item.toASN1Primitive().getEncoded("DER");
                if (known.add(java.util.Base64.getEncoder().encodeToString(encoded))) {
                    factory = factory != null ? factory : java.security.cert.CertificateFactory.getInstance("X.509");
                    all.add((X509Certificate) factory.generateCertificate(new java.io.ByteArrayInputStream(encoded)));
                }
            }
            return all;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("cannot read the time-stamp's certificates", e);
        }
    }

    /** The CMS container of the document's last signature. */
    private static byte[] lastContainer(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            return signatures.get(signatures.size() - 1).getContents(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The signature container fills its reserved space exactly, with no zero padding: strict ASN.1 parsers (Bouncy
     * Castle from 1.87 on, and the validators built on it) refuse trailing bytes. Containers have a fixed length
     * (full-length ECDSA values, fixed-length time-stamp serials, time-stamps to the second), so the size learnt
     * from the signer's previous signature fits at once; the very first time, one attempt measures it.
     */
    static byte[] signBaselineT(byte[] pdf, SigningIdentity signer, String reason, Instant signingTime,
            Function<byte[], TimeStampToken> timeStamper, List<String> visibleLines) {
        int size = knownSize(signer);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Attempt result = attempt(pdf, signer, reason, signingTime, timeStamper, size, visibleLines);
            if (result.signed() != null) {
                rememberSize(signer, size);
                return result.signed();
            }
            size = result.containerLength();
        }
        throw new IllegalStateException("cannot size the signature container after " + MAX_ATTEMPTS + " attempts");
    }

    /** The container size of the signer's last signature, or a first guess. */
    static int knownSize(SigningIdentity signer) {
        return KNOWN_SIZES.getOrDefault(signer.certificate().getSerialNumber(), FIRST_GUESS);
    }

    static void rememberSize(SigningIdentity signer, int size) {
        KNOWN_SIZES.put(signer.certificate().getSerialNumber(), size);
    }

    private record Attempt(byte[] signed, int containerLength) {
    }

    private static Attempt attempt(byte[] pdf, SigningIdentity signer, String reason, Instant signingTime,
            Function<byte[], TimeStampToken> timeStamper, int size, List<String> visibleLines) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(signer.name());
            signature.setReason(reason);
            signature.setContactInfo(signer.role());
            Calendar when = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(signingTime.toEpochMilli());
            signature.setSignDate(when);
            options.setPreferredSignatureSize(size);
            SignatureBox box = visibleLines == null ? null : SignatureBox.firstFree(document);
            if (box != null) {
                options.setPage(box.page());
            }
            document.addSignature(signature, options);
            markWidgetsPrintable(document);
            if (box != null) {
                box.show(document, signature, visibleLines);
            }

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] container = cms(external.getContent().readAllBytes(), signer, timeStamper);
            if (container.length != size) {
                return new Attempt(null, container.length);
            }
            external.setSignature(container);
            return new Attempt(out.toByteArray(), size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the document", e);
        }
    }

    /** PDF/A: every annotation is printable, the signature widgets PDFBox creates included. */
    private static void markWidgetsPrintable(PDDocument document) throws IOException {
        if (document.getDocumentCatalog().getAcroForm() == null) {
            return;
        }
        for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (field instanceof PDSignatureField signatureField) {
                signatureField.getWidgets().forEach(w -> w.setPrinted(true));
            }
        }
    }

    /** The CMS container of a signature over the signed bytes, with its signature time-stamp. */
    static byte[] cms(byte[] content, SigningIdentity signer, Function<byte[], TimeStampToken> timeStamper) {
        return CmsWriter.padesSignature(content, signer, timeStamper);
    }

    /**
     * Adds (or completes) the document security store with the given certificates and CRLs, in a new incremental
     * update, so a verifier needs nothing from the network.
     */
    public static byte[] addValidationData(byte[] pdf, Collection<X509Certificate> certificates,
            Collection<X509CRL> crls) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            COSDictionary root = catalog.getCOSObject();
            COSDictionary dss = root.getCOSDictionary(COSName.getPDFName("DSS"));
            if (dss == null) {
                dss = new COSDictionary();
                dss.setDirect(false);
                root.setItem(COSName.getPDFName("DSS"), dss);
            }
            Set<COSDictionary> changed = new java.util.HashSet<>();
            changed.add(root);
            changed.add(dss);
            append(document, dss, "Certs", der(certificates));
            append(document, dss, "CRLs", der(crls));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out, changed);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add the validation data", e);
        }
    }

    private static void append(PDDocument document, COSDictionary dss, String key, List<byte[]> items)
            throws IOException {
        COSArray array = dss.getCOSArray(COSName.getPDFName(key));
        if (array == null) {
            array = new COSArray();
            dss.setItem(COSName.getPDFName(key), array);
        }
        Set<String> present = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSStream existing) {
                try (var in = existing.createInputStream()) {
                    present.add(java.util.HexFormat.of().formatHex(in.readAllBytes()));
                }
            }
        }
        for (byte[] item : items) {
            if (present.add(java.util.HexFormat.of().formatHex(item))) {
                COSStream stream = document.getDocument().createCOSStream();
                try (var out = stream.createOutputStream()) {
                    out.write(item);
                }
                array.add(stream);
            }
        }
        array.setNeedToBeUpdated(true);
    }

    /** The DER encodings of certificates or CRLs. */
    static List<byte[]> der(Collection<?> items) {
        return items.stream().map(item -> {
            try {
                return item instanceof X509Certificate certificate ? certificate.getEncoded()
                        : ((X509CRL) item).getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
