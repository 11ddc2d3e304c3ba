package it.sfide.document.control;

import it.sfide.document.boundary.PdfInspector;
import it.sfide.shared.Digests;
import it.sfide.shared.SfideException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges a file someone signed outside the platform and uploads as the signed version of a registered document,
 * by its content (never its name), before anything is stored:
 * <ul>
 * <li>a PDF (PAdES): the registered bytes must be an exact prefix of it (an incremental update), every earlier
 * signature must still hold and the document must not have changed after any of them, and at least one new
 * signature must hold over its byte range, with nothing changing the document after it, and chain to a trust
 * anchor (at its time-stamp's time, or now);</li>
 * <li>a {@code .p7m} (CAdES): signed data with the content attached, the content being the registered PDF itself
 * or, the first time, a PAdES update of it judged as above (without needing a new PDF signature), every signer's
 * signature holding over it and chaining to a trust anchor; on a document already enveloped, the same PDF with
 * every earlier signer kept and at least one more.</li>
 * </ul>
 * Each refusal is {@code invalid} on the field {@code file} with a key {@code document.error.external.*} that says
 * the reason plainly. Content checks first (size is the boundary's): a PDF bomb, encryption and active content are
 * refused before any signature is read.
 */
public final class ExternalCountersignature {

    private static final String FIELD = "file";
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_REVISIONS = 200;

    /** How the upload is signed. */
    public enum Format { PADES, CADES }

    /**
     * The registered document as it stands: its PDF, its envelope if it was signed as a {@code .p7m}, and the
     * SHA-256 of its earlier versions.
     */
    public record Current(byte[] pdf, byte[] p7m, Set<String> earlierVersions) {
    }

    /** A signature the upload adds, with its signer's certificate. */
    public record NewSignature(Format format, X509Certificate certificate, Instant signingTime, Instant timeStamp,
            boolean timeStampValid, boolean revocationChecked) {
    }

    /**
     * What an accepted upload makes of the document: its PDF (the upload, or the PDF the envelope holds), the
     * envelope (CAdES only, binary), the signatures added, and every signature found: the PDF's and the
     * envelope's signers.
     */
    public record Result(Format format, byte[] pdf, byte[] p7m, List<NewSignature> added,
            List<SignatureInspector.SignatureCheck> pdfSignatures, List<SignatureInspector.SignerCheck> envelopeSigners) {
    }

    private record PadesUpdate(List<SignatureInspector.SignatureCheck> all,
            List<SignatureInspector.SignatureCheck> added) {
    }

    private ExternalCountersignature() {
    }

    public static Result check(Current current, byte[] upload, Collection<X509Certificate> anchors, Instant now,
            RevocationSource online) {
        if (upload == null || upload.length == 0) {
            throw refused("empty");
        }
        if (startsLikePdf(upload)) {
            if (current.p7m() != null) {
                throw refused("enveloped");
            }
            PadesUpdate update = padesUpdate(current, upload, anchors, now, online, true);
            return new Result(Format.PADES, upload, null, padesSignatures(update.added()), update.all(), List.of());
        }
        if (CadesInspector.looksLikeCms(upload)) {
            return cades(current, upload, anchors, now, online);
        }
        throw refused("garbage");
    }

    private static Result cades(Current current, byte[] upload, Collection<X509Certificate> anchors, Instant now,
            RevocationSource online) {
        CadesInspector.Envelope envelope;
        try {
            envelope = CadesInspector.inspect(upload, anchors, now, online);
        } catch (CadesInspector.Unreadable e) {
            throw refused(switch (e.reason()) {
                case NOT_CMS -> "garbage";
                case NOT_SIGNED_DATA -> "notSignedData";
                case DETACHED -> "detached";
                case NOT_DATA -> "otherContent";
                case NO_SIGNER -> "noNewSignature";
                case TOO_MANY_SIGNERS -> "tooManySigners";
            }, CadesInspector.MAX_SIGNERS);
        }
        byte[] content = envelope.content();
        List<CadesInspector.Signer> added = new ArrayList<>(envelope.signers());
        List<SignatureInspector.SignatureCheck> pdfSignatures;
        List<SignatureInspector.SignatureCheck> addedInPdf = List.of();
        if (current.p7m() != null) {
            if (!Arrays.equals(content, current.pdf())) {
                throw refused(updatesAnEarlierVersion(content, current) ? "outdated" : "otherContent");
            }
            Set<String> kept = new HashSet<>();
            envelope.signers().forEach(s -> kept.add(Digests.sha256Hex(s.signatureValue())));
            Set<String> before = new HashSet<>();
            try {
                for (CadesInspector.Signer earlier : CadesInspector.inspect(current.p7m(), anchors, now, null)
                        .signers()) {
                    before.add(Digests.sha256Hex(earlier.signatureValue()));
                }
            } catch (CadesInspector.Unreadable e) {
                throw new IllegalStateException("the registered envelope cannot be read", e);
            }
            if (!kept.containsAll(before)) {
                throw refused("envelopeSignatureMissing");
            }
            added.removeIf(s -> before.contains(Digests.sha256Hex(s.signatureValue())));
            pdfSignatures = inspectRegistered(current.pdf(), anchors, now);
        } else if (Arrays.equals(content, current.pdf())) {
            pdfSignatures = inspectRegistered(current.pdf(), anchors, now);
        } else if (startsWith(content, current.pdf())) {
            PadesUpdate update = padesUpdate(current, content, anchors, now, online, false);
            pdfSignatures = update.all();
            addedInPdf = update.added();
        } else {
            throw refused(updatesAnEarlierVersion(content, current) ? "outdated" : "otherContent");
        }
        if (added.isEmpty()) {
            throw refused("noNewSignature"); // a signature added within the PDF alone is no reason for an envelope
        }
        for (CadesInspector.Signer signer : envelope.signers()) {
            requireHolds(signer.check(), added.contains(signer));
        }
        List<NewSignature> signatures = new ArrayList<>(padesSignatures(addedInPdf));
        added.forEach(s -> signatures.add(new NewSignature(Format.CADES, s.check().certificate(),
                signingTime(s.check().timeStampValid(), s.check().timeStamp(), s.check().claimedTime()),
                s.check().timeStamp(), s.check().timeStampValid(), s.check().revocationChecked())));
        return new Result(Format.CADES, content, envelope.binary(), signatures, pdfSignatures,
                envelope.signers().stream().map(CadesInspector.Signer::check).toList());
    }

    /** A signer of an envelope: intact, and trusted; a new one's certificate made for signatures. */
    private static void requireHolds(SignatureInspector.SignerCheck check, boolean added) {
        String who = check.certificate() == null ? "?" : SignatureInspector.commonName(check.certificate());
        if (check.certificate() == null) {
            throw refused("noCertificate");
        }
        if (!check.intact()) {
            throw refused("signatureInvalid", who);
        }
        requireTrusted(check.chain(), check.certificate(), who);
        if (added) {
            requireSigningCertificate(check.certificate(), who);
        }
    }

    private static PadesUpdate padesUpdate(Current current, byte[] pdf, Collection<X509Certificate> anchors,
            Instant now, RevocationSource online, boolean requireNew) {
        byte[] registered = current.pdf();
        if (Arrays.equals(pdf, registered)) {
            throw refused("noNewSignature");
        }
        if (!startsWith(pdf, registered)) {
            throw refused(updatesAnEarlierVersion(pdf, current) ? "outdated" : "notIncremental");
        }
        requireHarmless(pdf);
        List<SignatureInspector.SignatureCheck> checks;
        try {
            checks = SignatureInspector.inspect(pdf, anchors, now, online);
        } catch (SignatureInspector.Unreadable e) {
            throw refused(e.reason() == SignatureInspector.Refusal.ENCRYPTED ? "encrypted" : "malformed");
        }
        List<SignatureInspector.SignatureCheck> earlier = checks.stream()
                .filter(c -> c.signedLength() > 0 && c.signedLength() <= registered.length).toList();
        List<SignatureInspector.SignatureCheck> added = checks.stream()
                .filter(c -> c.signedLength() > registered.length || c.signedLength() == 0).toList();
        if (earlier.size() != signatureCount(registered)) {
            throw refused("earlierAltered", "?");
        }
        for (SignatureInspector.SignatureCheck check : earlier) {
            if (!check.intact() || check.changedAfter()) {
                throw refused("earlierAltered", name(check));
            }
            if (!check.valid()) {
                throw refused("earlierInvalid", name(check));
            }
        }
        if (added.isEmpty() && requireNew) {
            throw refused("noNewSignature");
        }
        List<SignatureInspector.SignatureCheck> signatures = new ArrayList<>();
        for (SignatureInspector.SignatureCheck check : added) {
            if (SignatureInspector.isDocumentTimeStamp(check)) {
                // validation data (PAdES baseline LTA) added by the signing application: no one's signature, but
                // it must hold, and nothing it covers may change the document (the checks above)
                if (!check.intact()) {
                    throw refused("signatureInvalid", name(check));
                }
                continue;
            }
            signatures.add(check);
            if (check.certificate() == null) {
                throw refused("noCertificate");
            }
            if (!check.intact()) {
                throw refused("signatureInvalid", name(check));
            }
            if (check.changedAfter()) {
                throw refused("changedAfterSigning", name(check));
            }
            requireTrusted(check.chain(), check.certificate(), name(check));
            requireSigningCertificate(check.certificate(), name(check));
        }
        if (signatures.isEmpty() && requireNew) {
            throw refused("noNewSignature");
        }
        return new PadesUpdate(checks, signatures);
    }

    private static void requireTrusted(SignatureInspector.Chain chain, X509Certificate certificate, String who) {
        if (chain == SignatureInspector.Chain.UNTRUSTED) {
            throw refused("untrusted", who, certificate.getIssuerX500Principal().getName());
        }
        if (chain != SignatureInspector.Chain.TRUSTED) {
            throw refused("certificateInvalid", who);
        }
    }

    /** A certificate for signatures: its key usage, when it has one, allows a digital signature or non-repudiation. */
    private static void requireSigningCertificate(X509Certificate certificate, String who) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !(usage.length > 1 && (usage[0] || usage[1]))) {
            throw refused("notForSigning", who);
        }
    }

    /** The upload's PDF as any attachment is checked: parses, not encrypted, no bomb, no active content. */
    private static void requireHarmless(byte[] pdf) {
        try {
            PdfInspector.inspect(pdf, null);
        } catch (SfideException e) {
            String reason = switch (e.messageKey()) {
                case "proposal.error.fileEncrypted" -> "encrypted";
                case "proposal.error.fileBomb" -> "bomb";
                case "document.error.fileActive" -> "active";
                default -> "malformed";
            };
            throw refused(reason);
        }
    }

    private static List<SignatureInspector.SignatureCheck> inspectRegistered(byte[] pdf,
            Collection<X509Certificate> anchors, Instant now) {
        try {
            return SignatureInspector.inspect(pdf, anchors, now);
        } catch (SignatureInspector.Unreadable e) {
            throw new IllegalStateException("the registered document cannot be read", e);
        }
    }

    private static int signatureCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().size();
        } catch (IOException e) {
            throw new IllegalStateException("the registered document cannot be read", e);
        }
    }

    /**
     * Whether the file is, or starts with, an earlier version of the document (someone signed a copy downloaded
     * before the document was signed again): each revision's end ({@code %%EOF} and its line end) is tried.
     */
    static boolean updatesAnEarlierVersion(byte[] file, Current current) {
        Set<String> earlier = current.earlierVersions();
        if (earlier == null || earlier.isEmpty()) {
            return false;
        }
        if (earlier.contains(Digests.sha256Hex(file))) {
            return true;
        }
        int found = 0;
        for (int i = indexOf(file, EOF, 0); i >= 0 && found < MAX_REVISIONS; i = indexOf(file, EOF, i + 1)) {
            found++;
            int end = i + EOF.length;
            for (int length : new int[] {end, end + 1, end + 2}) {
                if (length <= file.length && earlier.contains(Digests.sha256Hex(Arrays.copyOf(file, length)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A PDF, not an envelope: "%PDF-" at the start (after white space at most), as the registered file starts. */
    static boolean startsLikePdf(byte[] file) {
        String head = new String(file, 0, Math.min(file.length, 16), StandardCharsets.ISO_8859_1).stripLeading();
        return head.startsWith("%PDF-");
    }

    private static List<NewSignature> padesSignatures(List<SignatureInspector.SignatureCheck> added) {
        return added.stream().map(c -> new NewSignature(Format.PADES, c.certificate(),
                signingTime(c.timeStampValid(), c.timeStamp(), c.claimedTime()), c.timeStamp(), c.timeStampValid(),
                c.revocationChecked())).toList();
    }

    private static Instant signingTime(boolean stampValid, Instant stamp, Instant claimed) {
        return stampValid ? stamp : claimed;
    }

    private static String name(SignatureInspector.SignatureCheck check) {
        return check.signer() == null ? "?" : check.signer();
    }

    private static SfideException refused(String reason, Object... arguments) {
        return SfideException.invalid(FIELD, "document.error.external." + reason, arguments);
    }
}
