package it.sfide.document.control;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/**
 * A content signer whose ECDSA signatures always have the same DER length (72 bytes for P-256): it signs again,
 * with a fresh random nonce, until both integers need their full length. Signature containers then have a size
 * known in advance, so they fill the space reserved in the PDF exactly (see {@link PadesSigner}). RSA signatures
 * have a fixed length already.
 */
final class FixedLengthSigner implements ContentSigner {

    private static final int ECDSA_P256_MAX = 72;
    private static final int MAX_TRIES = 256;

    private final PrivateKey key;
    private final String algorithm;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    FixedLengthSigner(PrivateKey key) {
        this.key = key;
        this.algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
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
            for (int i = 0; i < MAX_TRIES; i++) {
                Signature signature = Signature.getInstance(algorithm);
                signature.initSign(key);
                signature.update(data.toByteArray());
                byte[] value = signature.sign();
                if (!algorithm.endsWith("ECDSA") || value.length == ECDSA_P256_MAX) {
                    return value;
                }
            }
            throw new IllegalStateException("no full-length ECDSA signature after " + MAX_TRIES + " tries");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }
}
