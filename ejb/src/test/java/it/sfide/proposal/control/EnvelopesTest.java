package it.sfide.proposal.control;

import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnvelopesTest {

    private static final KeyPair OPENING = pair();
    private static final byte[] KEY_ID = {1, 2, 3, 4, 5, 6, 7, 8};

    private static KeyPair pair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(3072);
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sectionsEnvelopedWholeOpenWithTheOpeningKeyOnly() {
        byte[] form = "{\"title\":\"Proposta\"}".getBytes(StandardCharsets.UTF_8);
        byte[] envelope = Envelopes.envelope(form, OPENING.getPublic(), KEY_ID);
        assertArrayEquals(form, Envelopes.open(envelope, OPENING.getPrivate(), KEY_ID));
        assertThrows(IllegalStateException.class, () -> Envelopes.open(envelope, pair().getPrivate(), KEY_ID));
    }

    @Test
    void aFileSealedByWrappingItsKeyIsAStandardEnvelopeOnceItsContentIsAttached() throws Exception {
        byte[] clear = new byte[3 * 1024 * 1024 + 7];
        new SecureRandom().nextBytes(clear);
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256);
        SecretKey fileKey = aes.generateKey();
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(iv);
        Cipher cbc = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cbc.init(Cipher.ENCRYPT_MODE, fileKey, new IvParameterSpec(iv));
        byte[] stored = cbc.doFinal(clear);   // as the draft stored it

        byte[] envelope = Envelopes.detached(fileKey, iv, OPENING.getPublic(), KEY_ID);
        // Sfide's own opening: the key unwrapped, the stored bytes decrypted as a stream
        assertArrayEquals(clear, Envelopes.open(envelope, new ByteArrayInputStream(stored), OPENING.getPrivate())
                .readAllBytes());
        // Bouncy Castle's standard CMS reader opens the same envelope with its content put back
        RecipientInformation recipient = new CMSEnvelopedData(Envelopes.attach(envelope, stored)).getRecipientInfos()
                .get(new KeyTransRecipientId(KEY_ID));
        assertArrayEquals(clear, recipient.getContent(new JceKeyTransEnvelopedRecipient(OPENING.getPrivate())));
    }
}
