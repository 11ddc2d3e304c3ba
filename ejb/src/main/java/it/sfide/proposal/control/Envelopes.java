package it.sfide.proposal.control;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.EnvelopedData;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JceGenericKey;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;

/**
 * CMS EnvelopedData (RFC 5652) to a phase's opening key: RSA-OAEP (SHA-256) key transport, identified by the
 * key's identifier, and AES-256-CBC content encryption. The sections are enveloped whole; a file's envelope
 * carries only its key and algorithm, its encrypted content detached (RFC 5652, 6.1: "encryptedContent is
 * optional, and if the field is not present, its intended value must be supplied by other means") — the blob the
 * draft already stored, so sealing a large file costs one RSA encryption, not a pass over its bytes.
 */
public final class Envelopes {

    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);
    private static final AlgorithmIdentifier OAEP_ID = oaepId();

    private Envelopes() {
    }

    /** Bytes enveloped whole. */
    public static byte[] envelope(byte[] content, PublicKey recipient, byte[] keyId) {
        try {
            CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
            generator.addRecipientInfoGenerator(recipientInfo(recipient, keyId));
            return generator.generate(new CMSProcessableByteArray(content),
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build()).getEncoded();
        } catch (CMSException | IOException e) {
            throw new IllegalStateException("cannot envelope the sections", e);
        }
    }

    /** The envelope of a file already encrypted with {@code fileKey} and {@code iv}, its content detached. */
    public static byte[] detached(SecretKey fileKey, byte[] iv, PublicKey recipient, byte[] keyId) {
        try {
            AlgorithmIdentifier contentAlgorithm = new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_CBC,
                    new DEROctetString(iv));
            RecipientInfo recipientInfo = recipientInfo(recipient, keyId)
                    .generate(new JceGenericKey(contentAlgorithm, fileKey));
            EncryptedContentInfo content = new EncryptedContentInfo(CMSObjectIdentifiers.data, contentAlgorithm,
                    null);
            EnvelopedData enveloped = new EnvelopedData(null, new DERSet(recipientInfo), content, (ASN1Set) null);
            return new ContentInfo(CMSObjectIdentifiers.envelopedData, enveloped).getEncoded(ASN1Encoding.DER);
        } catch (CMSException | IOException e) {
            throw new IllegalStateException("cannot envelope a file", e);
        }
    }

    /** Opens a whole envelope with the opening's private key. */
    public static byte[] open(byte[] envelope, PrivateKey key, byte[] keyId) {
        try {
            RecipientInformation recipient = new CMSEnvelopedData(envelope).getRecipientInfos()
                    .get(new KeyTransRecipientId(keyId));
            if (recipient == null) {
                throw new IllegalStateException("the envelope is not addressed to this opening key");
            }
            return recipient.getContent(new JceKeyTransEnvelopedRecipient(key));
        } catch (CMSException e) {
            throw new IllegalStateException("cannot open the sections' envelope", e);
        }
    }

    /** Opens a file's envelope: its detached content, given as the encrypted stream, decrypted as it is read. */
    public static InputStream open(byte[] envelope, InputStream encryptedContent, PrivateKey key) {
        EnvelopedData enveloped = EnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent());
        KeyTransRecipientInfo recipient = KeyTransRecipientInfo.getInstance(
                RecipientInfo.getInstance(enveloped.getRecipientInfos().getObjectAt(0)).getInfo());
        AlgorithmIdentifier algorithm = enveloped.getEncryptedContentInfo().getContentEncryptionAlgorithm();
        if (!NISTObjectIdentifiers.id_aes256_CBC.equals(algorithm.getAlgorithm())
                || !PKCSObjectIdentifiers.id_RSAES_OAEP.equals(recipient.getKeyEncryptionAlgorithm().getAlgorithm())) {
            throw new IllegalStateException("unexpected algorithms in a file's envelope");
        }
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.DECRYPT_MODE, key, OAEP);
            SecretKey fileKey = new SecretKeySpec(rsa.doFinal(recipient.getEncryptedKey().getOctets()), "AES");
            byte[] iv = ASN1OctetString.getInstance(algorithm.getParameters()).getOctets();
            return new javax.crypto.CipherInputStream(encryptedContent, BlobStore.cbc(Cipher.DECRYPT_MODE, fileKey,
                    iv));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a file's envelope", e);
        }
    }

    /**
     * The whole CMS EnvelopedData of a file: its detached envelope with the encrypted content put back, for tools
     * that expect it there (e.g. {@code openssl cms -decrypt}).
     */
    public static byte[] attach(byte[] envelope, byte[] encryptedContent) {
        EnvelopedData detached = EnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent());
        EncryptedContentInfo info = detached.getEncryptedContentInfo();
        EnvelopedData whole = new EnvelopedData(detached.getOriginatorInfo(), detached.getRecipientInfos(),
                new EncryptedContentInfo(info.getContentType(), info.getContentEncryptionAlgorithm(),
                        new org.bouncycastle.asn1.BEROctetString(encryptedContent)), detached.getUnprotectedAttrs());
        try {
            return new ContentInfo(CMSObjectIdentifiers.envelopedData, whole).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JceKeyTransRecipientInfoGenerator recipientInfo(PublicKey recipient, byte[] keyId) {
        return new JceKeyTransRecipientInfoGenerator(keyId, OAEP_ID, recipient);
    }

    private static AlgorithmIdentifier oaepId() {
        try {
            return new org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter()
                    .getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, OAEP);
        } catch (java.security.InvalidAlgorithmParameterException e) {
            throw new IllegalStateException(e);
        }
    }
}
