package it.sfide.document.control;

import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * The platform's RFC 3161 time-stamping authority, as pure functions: answers a time-stamp request with a token
 * signed by the TSA key, carrying the TSA's certificate chain and an ESS signing-certificate-v2 attribute.
 * Accepts SHA-256, SHA-384 and SHA-512 imprints.
 */
public final class TimeStampAuthority {

    /** The policy under which Sfide time-stamps: a UUID-based OID (ITU-T X.667), unique without registration. */
    public static final String POLICY = "2.25.238560730388337010185380841353699227568";
    private static final Set<String> ACCEPTED = Set.of(TSPAlgorithms.SHA256.getId(), TSPAlgorithms.SHA384.getId(),
            TSPAlgorithms.SHA512.getId());
    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeStampAuthority() {
    }

    /** A DER-encoded RFC 3161 response (granted, or rejected with the reason) to a DER-encoded request. */
    public static byte[] respond(byte[] request, X509Certificate tsa, PrivateKey tsaKey, List<X509Certificate> chain,
            Instant now) {
        try {
            TimeStampResponseGenerator generator = new TimeStampResponseGenerator(
                    tokenGenerator(tsa, tsaKey, chain), ACCEPTED);
            TimeStampRequest parsed;
            try {
                parsed = new TimeStampRequest(request);
            } catch (IOException | RuntimeException e) {
                return generator.generateFailResponse(2, PKIFailureInfo.badDataFormat, "malformed request")
                        .getEncoded();
            }
            TimeStampResponse response = generator.generateGrantedResponse(parsed, serial(), Date.from(now));
            return response.getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("the time-stamping authority cannot answer", e);
        }
    }

    /**
     * A signature time-stamp over the given SHA-256 digest, for the platform's own signatures: to the second, so
     * that tokens have a fixed length (the signature dictionary and the document carry the precise time).
     */
    public static TimeStampToken stamp(byte[] sha256, X509Certificate tsa, PrivateKey tsaKey,
            List<X509Certificate> chain, Instant now) {
        try {
            return CmsWriter.timeStampToken(sha256, tsa, tsaKey, chain, now, POLICY, serial());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot time-stamp", e);
        }
    }

    private static TimeStampTokenGenerator tokenGenerator(X509Certificate tsa, PrivateKey tsaKey,
            List<X509Certificate> chain) {
        try {
            SignerInfoGenerator signer = new org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(new FixedLengthSigner(tsaKey), tsa);
            DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(signer, sha256,
                    new org.bouncycastle.asn1.ASN1ObjectIdentifier(POLICY));
            generator.addCertificates(new JcaCertStore(chain));
            generator.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
            return generator;
        } catch (OperatorCreationException | GeneralSecurityException | TSPException e) {
            throw new IllegalStateException("cannot prepare the time-stamping authority", e);
        }
    }

    /** A random serial of fixed length: 127 bits with the top one set. */
    private static BigInteger serial() {
        return new BigInteger(126, RANDOM).setBit(126);
    }
}
