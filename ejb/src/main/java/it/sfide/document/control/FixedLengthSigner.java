package it.sfide.document.control;

import it.sfide.shared.Digests;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;

/**
 * A content signer whose signatures always have the same DER length, so signature containers have a size known in
 * advance and fill the space reserved in the PDF exactly (see {@link PadesSigner}). RSA signatures have a fixed
 * length already. An ECDSA P-256 signature (r, s) is written with 71 bytes: r and s together take 65 bytes, which
 * is reached by choosing between s and n - s (both valid signatures of the same data: ECDSA accepts either), so
 * only a signature whose r is unusually short (about 1 in 256) is made again. ECDSA is computed with Bouncy
 * Castle's implementation (random nonces), several times faster than the JDK's for P-256.
 */
final class FixedLengthSigner implements ContentSigner {

    static final int ECDSA_P256_LENGTH = 71;
    private static final BigInteger P256_ORDER = new BigInteger(
            "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
    private static final int MAX_TRIES = 64;
    static final Provider PROVIDER = new BouncyCastleProvider();

    private final PrivateKey key;
    private final String algorithm;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    FixedLengthSigner(PrivateKey key) {
        this.key = key;
        this.algorithm = "EC".equals(key.getAlgorithm()) || "ECDSA".equals(key.getAlgorithm()) ? "SHA256withECDSA"
                : "SHA256withRSA";
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm);
    }

    @Override
    public OutputStream getOutputStream() {
        return data;
    }

    @Override
    public byte[] getSignature() {
        try {
            if (!algorithm.endsWith("ECDSA")) {
                Signature signature = Signature.getInstance(algorithm, PROVIDER);
                signature.initSign(key);
                signature.update(data.toByteArray());
                return signature.sign();
            }
            byte[] digest = Digests.sha256(data.toByteArray());
            ECDSASigner ecdsa = new ECDSASigner();
            ecdsa.init(true, new ParametersWithRandom(ECUtil.generatePrivateKeyParameter(key), RANDOM));
            for (int i = 0; i < MAX_TRIES; i++) {
                BigInteger[] rs = ecdsa.generateSignature(digest);
                byte[] fixed = fixedLength(rs[0], rs[1]);
                if (fixed != null) {
                    return fixed;
                }
            }
            throw new IllegalStateException("no fixed-length ECDSA signature after " + MAX_TRIES + " tries");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The signature (r, s) with r and s taking 65 bytes together, or null when r is too short for that. */
    static byte[] fixedLength(BigInteger r, BigInteger s) {
        int rLength = r.toByteArray().length;
        for (BigInteger candidate : new BigInteger[] {s, P256_ORDER.subtract(s)}) {
            if (rLength + candidate.toByteArray().length == ECDSA_P256_LENGTH - 6) {
                try {
                    return new DERSequence(new ASN1Encodable[] {new ASN1Integer(r), new ASN1Integer(candidate)})
                            .getEncoded();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }
}
