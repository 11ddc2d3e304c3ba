package it.sfide.document.control;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * Reads a CAdES envelope (a {@code .p7m}: CMS SignedData with its content attached), binary (DER or BER) or as
 * base64 text (with or without PEM lines), and checks each of its signers like {@link SignatureInspector} checks a
 * PDF's: the signature over the encapsulated content, the signing-certificate attribute, the chain to the trust
 * anchors with the CRLs the envelope carries, the signature time-stamp. Anything else is refused with a reason:
 * not CMS, CMS but not signed data, signed data without its content (detached), content that is not plain data,
 * no signer or too many.
 */
public final class CadesInspector {

    /** More signers than anyone puts on one contract: refused rather than verified one by one. */
    static final int MAX_SIGNERS = 20;

    /** Why an envelope is refused. */
    public enum Refusal { NOT_CMS, NOT_SIGNED_DATA, DETACHED, NOT_DATA, NO_SIGNER, TOO_MANY_SIGNERS }

    /** An envelope that cannot be checked. */
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

    /** One signer of the envelope: what was checked, and its signature value (which identifies it). */
    public record Signer(SignatureInspector.SignerCheck check, byte[] signatureValue) {
    }

    /** The envelope as binary, the content it holds, and its signers in order. */
    public record Envelope(byte[] binary, byte[] content, List<Signer> signers) {
    }

    private CadesInspector() {
    }

    /** Whether the bytes start like a CMS structure, binary (an ASN.1 sequence) or base64 text of one. */
    public static boolean looksLikeCms(byte[] file) {
        if (file == null || file.length < 2) {
            return false;
        }
        if (file[0] == 0x30) {
            return true;
        }
        String head = new String(file, 0, Math.min(file.length, 64), StandardCharsets.ISO_8859_1).stripLeading();
        return head.startsWith("-----BEGIN PKCS7-----") || head.startsWith("-----BEGIN CMS-----")
                || head.startsWith("MII") || head.startsWith("MIA");
    }

    public static Envelope inspect(byte[] file, Collection<X509Certificate> anchors, Instant now,
            RevocationSource online) throws Unreadable {
        byte[] binary = binary(file);
        ContentInfo info;
        try (ASN1InputStream in = new ASN1InputStream(binary)) {
            ASN1Primitive first = in.readObject();
            if (first == null || in.available() > 0) { // nothing may follow the structure
                throw new Unreadable(Refusal.NOT_CMS, null);
            }
            info = ContentInfo.getInstance(first);
        } catch (Unreadable e) {
            throw e;
        } catch (Exception | StackOverflowError e) { // a hostile nesting of ASN.1 is refused, not a server error
            throw new Unreadable(Refusal.NOT_CMS, e instanceof Exception ? e : null);
        }
        if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
            throw new Unreadable(Refusal.NOT_SIGNED_DATA, null);
        }
        try {
            CMSSignedData cms = new CMSSignedData(info);
            if (cms.getSignedContent() == null) {
                throw new Unreadable(Refusal.DETACHED, null);
            }
            if (!CMSObjectIdentifiers.data.getId().equals(cms.getSignedContentTypeOID())) {
                throw new Unreadable(Refusal.NOT_DATA, null);
            }
            byte[] content = (byte[]) cms.getSignedContent().getContent();
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                throw new Unreadable(Refusal.NO_SIGNER, null);
            }
            if (signers.size() > MAX_SIGNERS) {
                throw new Unreadable(Refusal.TOO_MANY_SIGNERS, null);
            }
            List<Signer> checked = new ArrayList<>();
            for (SignerInformation signer : signers) {
                checked.add(new Signer(SignatureInspector.checkSigner(signer, cms, List.of(), List.of(), anchors, now,
                        online), signer.getSignature()));
            }
            return new Envelope(binary, content, checked);
        } catch (Unreadable e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new Unreadable(Refusal.NOT_CMS, e instanceof Exception ? e : null);
        }
    }

    /** The envelope as binary: as given, or decoded from base64 text (PEM lines and white space ignored). */
    static byte[] binary(byte[] file) throws Unreadable {
        if (file.length > 0 && file[0] == 0x30) {
            return file;
        }
        String text = new String(file, StandardCharsets.ISO_8859_1);
        StringBuilder base64 = new StringBuilder(text.length());
        for (String line : text.split("\r\n|\r|\n")) {
            String stripped = line.strip();
            if (!stripped.startsWith("-----")) {
                base64.append(stripped.replaceAll("\\s+", ""));
            }
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(base64.toString());
            if (decoded.length < 2 || decoded[0] != 0x30) {
                throw new Unreadable(Refusal.NOT_CMS, null);
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new Unreadable(Refusal.NOT_CMS, e);
        }
    }
}
