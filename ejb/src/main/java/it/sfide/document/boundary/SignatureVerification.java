package it.sfide.document.boundary;

import it.sfide.document.control.Digests;
import it.sfide.document.control.PlatformKeys;
import it.sfide.document.control.SignatureInspector;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Verifies any PDF, for anyone: its signatures against the configured trust anchors (the platform's root CA), and
 * whether it is exactly a document the portal registered. Later issues call it for signed PDFs users upload.
 */
@Stateless
@PermitAll
public class SignatureVerification {

    /** The largest file accepted, 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    @Inject
    PlatformKeys keys;

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
        List<SignatureInspector.SignatureCheck> checks;
        try {
            checks = SignatureInspector.inspect(file, List.of(keys.certificate(PlatformKeys.CA)), clock.instant());
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
}
