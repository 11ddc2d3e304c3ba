package it.sfide.document.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A certification authority outside Sfide, as an Italian qualified trust service provider runs one, made with
 * Bouncy Castle for tests: an RSA root, qualified-like signing certificates (GIVENNAME, SURNAME, CN and the tax
 * code as SERIALNUMBER {@code TINIT-...}, key usage non-repudiation), its own time-stamping authority and CRLs;
 * and the two ways people sign a downloaded PDF with such a certificate: a PAdES incremental update made with
 * PDFBox's external signing, and a CAdES {@code .p7m} (CMS SignedData, content attached or not).
 */
public final class ExternalPki {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong SERIALS = new AtomicLong(1000);

    public final Instant now;
    public final KeyPair caKeys = rsa();
    public final X509Certificate ca;
    private final KeyPair tsaKeys = rsa();
    public final X509Certificate tsa;

    /** A person holding a certificate of this authority. */
    public record Holder(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
    }

    public ExternalPki(String name, Instant now) {
        this.now = now;
        X500Name root = new X500Name("CN=" + name + " Qualified CA,O=" + name + " S.p.A.,C=IT");
        try {
            ca = sign(new JcaX509v3CertificateBuilder(root, serial(), Date.from(now.minus(Duration.ofDays(400))),
                    Date.from(now.plus(Duration.ofDays(3650))), root, caKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(caKeys.getPublic())), caKeys.getPrivate());
            tsa = sign(new JcaX509v3CertificateBuilder(ca, serial(), Date.from(now.minus(Duration.ofDays(400))),
                    Date.from(now.plus(Duration.ofDays(3000))), new X500Name("CN=" + name + " TSA,O=" + name
                    + " S.p.A.,C=IT"), tsaKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)),
                    caKeys.getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A qualified-like signing certificate valid from a year ago for two years. */
    public Holder person(String givenName, String surname, String taxCode) {
        return person(givenName, surname, taxCode, now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(365)),
                KeyUsage.nonRepudiation);
    }

    public Holder person(String givenName, String surname, String taxCode, Instant from, Instant until, int keyUsage) {
        KeyPair keys = rsa();
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "IT").addRDN(BCStyle.O, "NON PRESENTE")
                .addRDN(BCStyle.CN, surname.toUpperCase() + " " + givenName.toUpperCase())
                .addRDN(BCStyle.SURNAME, surname.toUpperCase()).addRDN(BCStyle.GIVENNAME, givenName.toUpperCase())
                .addRDN(BCStyle.SERIALNUMBER, "TINIT-" + taxCode);
        try {
            X509Certificate certificate = sign(new JcaX509v3CertificateBuilder(ca, serial(), Date.from(from),
                    Date.from(until), name.build(), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca)), caKeys.getPrivate());
            return new Holder(keys.getPrivate(), certificate, List.of(certificate, ca));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A time-stamp of this authority's TSA at the given time. */
    public Function<byte[], TimeStampToken> timeStamper(Instant at) {
        return digest -> TimeStampAuthority.stamp(digest, tsa, tsaKeys.getPrivate(), List.of(tsa, ca), at);
    }

    /** A CRL of this authority, issued now, listing the given certificates as revoked a day ago. */
    public X509CRL crlRevoking(X509Certificate... revoked) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                    Date.from(now.minusSeconds(60)));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            for (X509Certificate certificate : revoked) {
                builder.addCRLEntry(certificate.getSerialNumber(), Date.from(now.minus(Duration.ofDays(1))),
                        CRLReason.keyCompromise);
            }
            return new JcaX509CRLConverter().getCRL(builder.build(new JcaContentSignerBuilder("SHA256withRSA")
                    .build(caKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The PDF signed by the holder as a signing application does it: an incremental update with a new signature
     * field, SubFilter ETSI.CAdES.detached, a CMS container (signing-time attribute, no ESS) filling its place
     * exactly, a time-stamp when a stamper is given.
     */
    public byte[] pades(byte[] pdf, Holder holder, Function<byte[], TimeStampToken> stamper) {
        int size = 16 * 1024;
        for (int attempt = 0; attempt < 4; attempt++) {
            byte[][] signed = padesAttempt(pdf, holder, stamper, size);
            if (signed[1].length == size) {
                return signed[0];
            }
            size = signed[1].length;
        }
        throw new IllegalStateException("cannot size the container");
    }

    /** As above, with the container in a 16 KB place padded with zeros, as many applications leave it. */
    public byte[] padesPadded(byte[] pdf, Holder holder) {
        return padesAttempt(pdf, holder, null, 16 * 1024)[0];
    }

    private byte[][] padesAttempt(byte[] pdf, Holder holder, Function<byte[], TimeStampToken> stamper, int size) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(holder.certificate().getSubjectX500Principal().getName());
            signature.setReason("Firma del contratto");
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(now.toEpochMilli());
            signature.setSignDate(when);
            options.setPreferredSignatureSize(size);
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] container = cms(external.getContent().readAllBytes(), false, stamper, holder).getEncoded("DER");
            if (container.length > size) {
                return new byte[][] {null, container};
            }
            external.setSignature(container);
            return new byte[][] {out.toByteArray(), container};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@code .p7m} of the content signed by the holders (in parallel), content attached or detached. */
    public byte[] cades(byte[] content, boolean attached, Function<byte[], TimeStampToken> stamper, Holder... holders) {
        try {
            return cms(content, attached, stamper, holders).getEncoded("DER");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The envelope with one more signer, in parallel: what signing applications do to sign a .p7m again. */
    public byte[] addSigner(byte[] p7m, Holder holder) {
        try {
            CMSSignedData existing = new CMSSignedData(p7m);
            byte[] content = (byte[]) existing.getSignedContent().getContent();
            CMSSignedData more = cms(content, true, null, holder);
            List<SignerInformation> signers = new ArrayList<>(existing.getSignerInfos().getSigners());
            signers.addAll(more.getSignerInfos().getSigners());
            CMSSignedData combined = CMSSignedData.replaceSigners(existing, new SignerInformationStore(signers));
            List<X509Certificate> certificates = new ArrayList<>(holder.chain());
            for (Object h : existing.getCertificates().getMatches(null)) {
                certificates.add(new JcaX509CertificateConverter().getCertificate(
                        (org.bouncycastle.cert.X509CertificateHolder) h));
            }
            return CMSSignedData.replaceCertificatesAndCRLs(combined, new JcaCertStore(certificates.stream().distinct()
                    .toList()), null, null).getEncoded("DER");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The envelope with the CRL added to its revocation information. */
    public static byte[] withCrl(byte[] p7m, X509CRL crl) {
        try {
            CMSSignedData existing = new CMSSignedData(p7m);
            return CMSSignedData.replaceCertificatesAndCRLs(existing, existing.getCertificates(),
                    null, new org.bouncycastle.cert.jcajce.JcaCRLStore(List.of(crl))).getEncoded("DER");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** CMS signed data as signing applications make it, with a signing-time attribute at this authority's now. */
    private CMSSignedData cms(byte[] content, boolean attached, Function<byte[], TimeStampToken> stamper,
            Holder... holders) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        List<X509Certificate> certificates = new ArrayList<>();
        ASN1EncodableVector signingTime = new ASN1EncodableVector();
        signingTime.add(new Attribute(org.bouncycastle.asn1.cms.CMSAttributes.signingTime,
                new DERSet(new org.bouncycastle.asn1.cms.Time(Date.from(now)))));
        for (Holder holder : holders) {
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new org.bouncycastle.cms.DefaultSignedAttributeTableGenerator(
                            new AttributeTable(signingTime)))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(holder.key()), holder.certificate()));
            holder.chain().stream().filter(c -> !certificates.contains(c)).forEach(certificates::add);
        }
        generator.addCertificates(new JcaCertStore(certificates));
        CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), attached);
        if (stamper == null) {
            return signed;
        }
        List<SignerInformation> stamped = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            TimeStampToken token = stamper.apply(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
            ASN1EncodableVector unsigned = new ASN1EncodableVector();
            unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(token.toCMSSignedData().toASN1Structure())));
            stamped.add(SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned)));
        }
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet()).shiftLeft(64).add(new BigInteger(63, RANDOM));
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
