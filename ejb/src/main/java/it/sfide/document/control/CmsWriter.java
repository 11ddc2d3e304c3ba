package it.sfide.document.control;

import it.sfide.shared.Digests;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Writes the two CMS structures the platform makes for every signature directly in ASN.1, with what does not
 * change between signatures (certificate sets, signer identifiers, ESS signing-certificate-v2 attributes)
 * prepared once per certificate: the PAdES signature container (ETSI.CAdES.detached, signed attributes content
 * type, message digest and signing-certificate-v2, no signing time, the signature time-stamp as unsigned
 * attribute) and the time-stamp token of the platform's own authority (TSTInfo with the policy, imprint, a
 * fixed-length serial and the time to the second; ESS signing-certificate-v2; the TSA chain). The result is what
 * Bouncy Castle's generators make, without their per-signature set-up; independent validators check it in tests.
 */
final class CmsWriter {

    private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Map<BigInteger, Signer> SIGNERS = new ConcurrentHashMap<>();

    /** What a signer's structures share: identifier, ESS attribute, certificate set, signature algorithm. */
    private record Signer(X509Certificate certificate, SignerIdentifier identifier, Attribute essCertificate,
            ASN1Set certificates, AlgorithmIdentifier signatureAlgorithm) {
    }

    private CmsWriter() {
    }

    /** The PAdES CMS container over the given signed bytes, with its signature time-stamp. */
    static byte[] padesSignature(byte[] signedBytes, SigningIdentity identity,
            Function<byte[], TimeStampToken> timeStamper) {
        try {
            Signer signer = signer(identity.certificate(), identity.chain(), identity.key());
            ASN1Set signedAttributes = signedAttributes(CMSObjectIdentifiers.data, Digests.sha256(signedBytes),
                    signer.essCertificate());
            byte[] signature = sign(identity.key(), signedAttributes);
            TimeStampToken token = timeStamper.apply(Digests.sha256(signature));
            Attribute stamp = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(token.toCMSSignedData().toASN1Structure()));
            SignerInfo info = new SignerInfo(signer.identifier(), SHA256, signedAttributes,
                    signer.signatureAlgorithm(), new DEROctetString(signature), new DERSet(stamp));
            SignedData data = new SignedData(new DERSet(SHA256), new ContentInfo(CMSObjectIdentifiers.data, null),
                    signer.certificates(), null, new DERSet(info));
            return new ContentInfo(CMSObjectIdentifiers.signedData, data).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signature container", e);
        }
    }

    /** A time-stamp token of the platform's authority over a SHA-256 imprint, to the second. */
    static TimeStampToken timeStampToken(byte[] imprint, X509Certificate tsa, PrivateKey tsaKey,
            List<X509Certificate> chain, Instant now, String policy, BigInteger serial) {
        try {
            Signer signer = signer(tsa, chain, tsaKey);
            TSTInfo info = new TSTInfo(new ASN1ObjectIdentifier(policy), new MessageImprint(SHA256, imprint),
                    new ASN1Integer(serial), new ASN1GeneralizedTime(SECONDS.format(now.truncatedTo(ChronoUnit.SECONDS))),
                    null, null, null, null, null);
            byte[] encoded = info.getEncoded(ASN1Encoding.DER);
            ASN1Set signedAttributes = signedAttributes(PKCSObjectIdentifiers.id_ct_TSTInfo, Digests.sha256(encoded),
                    signer.essCertificate());
            byte[] signature = sign(tsaKey, signedAttributes);
            SignerInfo signerInfo = new SignerInfo(signer.identifier(), SHA256, signedAttributes,
                    signer.signatureAlgorithm(), new DEROctetString(signature), null);
            SignedData data = new SignedData(new DERSet(SHA256),
                    new ContentInfo(PKCSObjectIdentifiers.id_ct_TSTInfo, new DEROctetString(encoded)),
                    signer.certificates(), null, new DERSet(signerInfo));
            return new TimeStampToken(new CMSSignedData(new ContentInfo(CMSObjectIdentifiers.signedData, data)));
        } catch (IOException | TSPException | org.bouncycastle.cms.CMSException e) {
            throw new IllegalStateException("cannot write the time-stamp token", e);
        }
    }

    private static ASN1Set signedAttributes(ASN1ObjectIdentifier contentType, byte[] digest, Attribute ess) {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(contentType)));
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest))));
        attributes.add(ess);
        return new DERSet(attributes);
    }

    private static byte[] sign(PrivateKey key, ASN1Set signedAttributes) throws IOException {
        FixedLengthSigner signer = new FixedLengthSigner(key);
        signer.getOutputStream().write(signedAttributes.getEncoded(ASN1Encoding.DER));
        return signer.getSignature();
    }

    private static Signer signer(X509Certificate certificate, List<X509Certificate> chain, PrivateKey key) {
        Signer known = SIGNERS.get(certificate.getSerialNumber());
        if (known != null && known.certificate().equals(certificate)) {
            return known;
        }
        try {
            X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
            ASN1EncodableVector certificates = new ASN1EncodableVector();
            for (X509Certificate member : chain) {
                certificates.add(Certificate.getInstance(member.getEncoded()));
            }
            Attribute ess = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(SHA256,
                            Digests.sha256(certificate.getEncoded()), new IssuerSerial(new GeneralNames(
                                    new GeneralName(issuer)), certificate.getSerialNumber()))})));
            Signer prepared = new Signer(certificate, new SignerIdentifier(new IssuerAndSerialNumber(issuer,
                    certificate.getSerialNumber())), ess, new DERSet(certificates),
                    new FixedLengthSigner(key).getAlgorithmIdentifier());
            SIGNERS.put(certificate.getSerialNumber(), prepared);
            return prepared;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
