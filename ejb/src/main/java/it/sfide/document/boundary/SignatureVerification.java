package it.sfide.document.boundary;

import it.sfide.document.control.CadesInspector;
import it.sfide.shared.Digests;
import it.sfide.document.control.SignatureInspector;
import it.sfide.document.control.TrustAnchors;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Verifies any PDF, for anyone: its signatures against the configured trust anchors (the platform's root CA and the
 * certification authorities the platform admin added), and whether it is exactly a document the portal registered
 * (or an earlier version of one). A CAdES envelope ({@code .p7m}, content attached) is verified too: each of its
 * signers, then the signatures of the PDF it holds.
 */
@Stateless
@PermitAll
public class SignatureVerification {

    /** The largest file accepted, 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    @Inject
    TrustAnchors anchors;

    @Inject
    DocumentRegistry registry;

    @Inject
    Clock clock;

    public VerificationView verify(byte[] file) {
        if (file == null || file.length == 0) {
            throw SfideException.invalid("file", "verify.error.empty");
        }
        if (file.length > MAX_BYTES) {
            throw SfideException.invalid("file", "verify.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        java.util.List<java.security.cert.X509Certificate> trusted = anchors.all();
        if (!startsLikePdf(file) && CadesInspector.looksLikeCms(file)) {
            return envelope(file, trusted);
        }
        List<SignatureInspector.SignatureCheck> checks;
        try {
            checks = SignatureInspector.inspect(file, trusted, clock.instant());
        } catch (SignatureInspector.Unreadable e) {
            throw SfideException.invalid("file", "verify.error." + e.reason().name().toLowerCase(Locale.ROOT)
                    .replace("not_pdf", "notPdf"));
        }
        String sha256 = Digests.sha256Hex(file);
        DocumentView registered = registry.findBySha256(sha256).orElse(null);
        return new VerificationView(sha256, file.length, registered,
                registered != null ? null : registry.findEarlierVersion(sha256).orElse(null),
                checks.stream().map(SignatureView::of).toList());
    }

    /** A .p7m: its signers first, then the signatures of the PDF inside (when it holds one). */
    private VerificationView envelope(byte[] file, List<java.security.cert.X509Certificate> trusted) {
        CadesInspector.Envelope envelope;
        try {
            envelope = CadesInspector.inspect(file, trusted, clock.instant(), null);
        } catch (CadesInspector.Unreadable e) {
            throw SfideException.invalid("file", switch (e.reason()) {
                case NOT_CMS -> "verify.error.notPdf";
                case NOT_SIGNED_DATA -> "verify.error.p7m.notSigned";
                case DETACHED -> "verify.error.p7m.detached";
                case NOT_DATA -> "verify.error.p7m.notData";
                case NO_SIGNER -> "verify.error.p7m.noSigner";
                case TOO_MANY_SIGNERS -> "verify.error.p7m.tooManySigners";
            });
        }
        List<SignatureView> signatures = new java.util.ArrayList<>();
        for (int i = 0; i < envelope.signers().size(); i++) {
            signatures.add(SignatureView.ofEnvelope(i + 1, envelope.signers().get(i).check()));
        }
        if (startsLikePdf(envelope.content())) {
            try {
                SignatureInspector.inspect(envelope.content(), trusted, clock.instant()).stream()
                        .map(SignatureView::of).forEach(signatures::add);
            } catch (SignatureInspector.Unreadable e) {
                // the envelope's signatures stand on their own; the content is what it is
            }
        }
        String sha256 = Digests.sha256Hex(file);
        String binarySha256 = Digests.sha256Hex(envelope.binary()); // a base64 .p7m is registered as binary
        DocumentView registered = registry.findBySha256(sha256)
                .or(() -> registry.findBySha256(binarySha256)).orElse(null);
        return new VerificationView(sha256, file.length, registered, registered != null ? null
                : registry.findEarlierVersion(sha256).or(() -> registry.findEarlierVersion(binarySha256)).orElse(null),
                signatures);
    }

    private static boolean startsLikePdf(byte[] file) {
        return file.length >= 5 && new String(file, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
    }
}
