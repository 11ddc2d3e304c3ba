package it.sfide.proposal.control;

import it.sfide.proposal.Submission;
import it.sfide.proposal.SubmissionKind;
import it.sfide.shared.Digests;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The manifest of a submission or withdrawal: lines of plain text naming the proposal, the act's number, kind and
 * server time (UTC, milliseconds), the SHA-256 of the sealed form data and of every file. Its SHA-256 is the act's
 * digest, time-stamped and printed on the receipt with the lines themselves, so anyone can recompute it.
 */
public final class Manifest {

    private Manifest() {
    }

    /** A file's line: its number, size and SHA-256. */
    public record FileLine(int fileNo, long sizeBytes, String sha256) {
    }

    public static String text(long proposalId, int seq, SubmissionKind kind, Instant at, String formSha256,
            List<FileLine> files) {
        StringBuilder text = new StringBuilder("sfide-submission-v1\n")
                .append("proposal: ").append(proposalId).append('\n')
                .append("number: ").append(seq).append('\n')
                .append("kind: ").append(kind.name()).append('\n')
                .append("time: ").append(at.truncatedTo(ChronoUnit.MILLIS)).append('\n');
        if (formSha256 != null) {
            text.append("form-sha256: ").append(formSha256).append('\n');
        }
        for (FileLine f : files) {
            text.append("file-").append(f.fileNo()).append(": ").append(f.sizeBytes()).append(" bytes sha256 ")
                    .append(f.sha256()).append('\n');
        }
        return text.toString();
    }

    /** The manifest of a stored act, as it was digested. */
    public static String of(Submission s) {
        return text(s.getProposalId(), s.getSeq(), s.getKind(), s.getSubmittedAt(), s.getFormSha256(),
                s.getFiles().stream().map(f -> new FileLine(f.getFileNo(), f.getSizeBytes(), f.getSha256()))
                        .toList());
    }

    public static String digest(String manifest) {
        return Digests.sha256Hex(manifest.getBytes(StandardCharsets.UTF_8));
    }
}
