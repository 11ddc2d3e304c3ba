package it.sfide.proposal.boundary;

import it.sfide.proposal.SubmissionKind;

import java.time.Instant;
import java.util.List;

/**
 * A submission or withdrawal as its receipt states it: number, server time to the millisecond, the SHA-256 of the
 * sealed form data and of every file, the digest of all of it, and the receipt's protocol and PDF (null for the
 * moment between the commit and the receipt's issue).
 *
 * @param current whether this is the submission that will be opened
 */
public record ReceiptView(long submissionId, long proposalId, int seq, SubmissionKind kind, Instant at,
        String formSha256, List<FileHash> files, String digest, String receiptProtocol, String receiptPath,
        boolean current) {

    /** A sealed file's number, size and SHA-256. */
    public record FileHash(int fileNo, long sizeBytes, String sha256) {
    }
}
