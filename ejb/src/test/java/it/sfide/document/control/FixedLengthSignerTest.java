package it.sfide.document.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ECDSA signatures of one fixed length, each still verified by the JDK's own provider. */
class FixedLengthSignerTest {

    @Test
    void everyP256SignatureHas71BytesAndVerifies() throws Exception {
        KeyPair keys = CertificateAuthority.newKeyPair();
        for (int i = 0; i < 300; i++) {
            byte[] data = ("document " + i).getBytes(StandardCharsets.UTF_8);
            FixedLengthSigner signer = new FixedLengthSigner(keys.getPrivate());
            signer.getOutputStream().write(data);
            byte[] value = signer.getSignature();
            assertEquals(FixedLengthSigner.ECDSA_P256_LENGTH, value.length);

            Signature verifier = Signature.getInstance("SHA256withECDSA", "SunEC");
            verifier.initVerify(keys.getPublic());
            verifier.update(data);
            assertTrue(verifier.verify(value), "signature " + i + " verifies");
        }
    }

    @Test
    void aSignatureForOtherDataDoesNotVerify() throws Exception {
        KeyPair keys = CertificateAuthority.newKeyPair();
        FixedLengthSigner signer = new FixedLengthSigner(keys.getPrivate());
        signer.getOutputStream().write(1);
        Signature verifier = Signature.getInstance("SHA256withECDSA", "SunEC");
        verifier.initVerify(keys.getPublic());
        verifier.update((byte) 2);
        assertEquals(false, verifier.verify(signer.getSignature()));
    }
}
