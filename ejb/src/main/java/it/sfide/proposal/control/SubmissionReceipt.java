package it.sfide.proposal.control;

import it.sfide.document.boundary.TimeStampView;
import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;
import it.sfide.proposal.Submission;
import it.sfide.proposal.SubmissionKind;


/**
 * The receipt of a submission or withdrawal: who, for which challenge and phase, the server time to the
 * millisecond, the SHA-256 of the sealed form data and of every file, the manifest's digest and its RFC 3161
 * time-stamp. Never anything of the proposal's content (the receipt is stored in clear).
 */
public record SubmissionReceipt(Submission submission, String manifest, String challengeTitle, String ocid,
        int phase, String leadOrganisation, String submitter, TimeStampView timeStamp) {

    /** Renders the receipt; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<SubmissionReceipt> {

        @Override
        public String type() {
            return "proposal-receipt";
        }

        @Override
        public void write(SubmissionReceipt r, DocumentLayout layout) {
            Submission s = r.submission();
            boolean withdrawal = s.getKind() == SubmissionKind.WITHDRAWAL;
            layout.paragraph(layout.text(withdrawal ? "document.proposal-receipt.introWithdrawal"
                    : "document.proposal-receipt.intro", r.leadOrganisation(), r.challengeTitle(), r.ocid(),
                    r.phase()));
            layout.field(layout.text("document.proposal-receipt.number"), String.valueOf(s.getSeq()));
            layout.field(layout.text("document.proposal-receipt.submitter"), r.submitter());
            layout.field(layout.text("document.proposal-receipt.time"), layout.exactTime(s.getSubmittedAt()));
            if (!withdrawal) {
                layout.field(layout.text("document.proposal-receipt.form"), s.getFormSha256());
                s.getFiles().forEach(f -> layout.field(layout.text("document.proposal-receipt.file", f.getFileNo(),
                        f.getSizeBytes()), f.getSha256()));
            }
            layout.field(layout.text("document.proposal-receipt.digest"), s.getDigest());
            layout.field(layout.text("document.proposal-receipt.timeStamp"), layout.text(
                    "document.proposal-receipt.timeStampValue", layout.exactTime(r.timeStamp().time()),
                    r.timeStamp().serial(), r.timeStamp().authority() == null ? "—" : r.timeStamp().authority()));
            layout.field(layout.text("document.proposal-receipt.manifest"), r.manifest());
            layout.paragraph(layout.text(withdrawal ? "document.proposal-receipt.meaningWithdrawal"
                    : "document.proposal-receipt.meaning"));
        }
    }
}
