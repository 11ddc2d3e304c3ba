package it.sfide.proposal.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;
import it.sfide.proposal.Opening;
import it.sfide.proposal.Submission;

import java.time.Instant;
import java.util.List;

/**
 * The minutes of a phase's opening, sealed by the buying body: who asked and who confirmed, when, and every
 * opened submission with its lead organisation, receipt protocol, server time to the millisecond and hashes —
 * each checked, at the opening, against the decrypted content.
 */
public record OpeningMinutes(String challengeTitle, String ocid, String bodyName, Opening opening, Instant deadline,
        String requestedBy, String confirmedBy, List<Entry> entries, int withdrawn) {

    /** One opened submission. */
    public record Entry(String leadOrganisation, String receiptProtocol, Submission submission, boolean verified) {
    }

    /** Renders the minutes; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<OpeningMinutes> {

        @Override
        public String type() {
            return "opening-minutes";
        }

        @Override
        public void write(OpeningMinutes m, DocumentLayout layout) {
            layout.paragraph(layout.text("document.opening-minutes.intro", m.bodyName(), m.challengeTitle(), m.ocid(),
                    m.opening().getPhaseNumber(), layout.exactTime(m.deadline())));
            layout.field(layout.text("document.opening-minutes.requested"), m.requestedBy() + " — "
                    + layout.exactTime(m.opening().getRequestedAt()));
            layout.field(layout.text("document.opening-minutes.confirmed"), m.confirmedBy() + " — "
                    + layout.exactTime(m.opening().getConfirmedAt()));
            layout.paragraph(layout.text("document.opening-minutes.count", m.entries().size(), m.withdrawn()));
            int n = 1;
            for (Entry e : m.entries()) {
                Submission s = e.submission();
                layout.heading(layout.text("document.opening-minutes.entry", n++, e.leadOrganisation()));
                layout.field(layout.text("document.opening-minutes.receipt"), e.receiptProtocol());
                layout.field(layout.text("document.opening-minutes.time"), layout.exactTime(s.getSubmittedAt()));
                layout.field(layout.text("document.opening-minutes.form"), s.getFormSha256());
                s.getFiles().forEach(f -> layout.field(layout.text("document.opening-minutes.file", f.getFileNo(),
                        f.getSizeBytes()), f.getSha256()));
                layout.field(layout.text("document.opening-minutes.digest"), s.getDigest());
                layout.field(layout.text("document.opening-minutes.integrity"),
                        layout.text(e.verified() ? "document.opening-minutes.verified"
                                : "document.opening-minutes.mismatch"));
            }
            layout.paragraph(layout.text("document.opening-minutes.meaning"));
        }
    }
}
