package it.sfide.document.boundary;

import java.util.List;

/**
 * What the verification found about a file: its SHA-256, the registered document it is byte for byte (or null:
 * unknown, or altered), the document it is an earlier version of (signed since: the registry holds a newer one), and
 * each of its signatures.
 */
public record VerificationView(String sha256, long sizeBytes, DocumentView registered, DocumentView earlierVersionOf,
        List<SignatureView> signatures) {

    /** Every signature holds and there is at least one. */
    public boolean allSignaturesValid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureView::valid);
    }
}
