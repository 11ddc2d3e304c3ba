package it.sfide.contract.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The buying body certifies that a contract is completed: every milestone delivered and accepted (each with the
 * protocol of its acceptance), the value, what was paid so far, the officer's remarks. Sealed by the body; it closes
 * the contract, and the challenge with its last contract.
 *
 * @param remarks the officer's remarks on the work done; null when none
 */
public record CompletionCertificate(String contractCode, String contractProtocol, String challengeTitle,
        String ocid, int phase, String bodyName, String operatorName, String object, BigDecimal value,
        LocalDate startsOn, LocalDate endsOn, List<Line> milestones, BigDecimal paid, String remarks,
        String completedBy, Instant completedAt) {

    /** A milestone as accepted. */
    public record Line(int number, String title, BigDecimal amount, String acceptanceProtocol, Instant acceptedAt) {
    }

    public static final class Renderer implements DocumentRenderer<CompletionCertificate> {

        @Override
        public String type() {
            return "completion-certificate";
        }

        @Override
        public void write(CompletionCertificate d, DocumentLayout layout) {
            layout.paragraph(layout.text("document.completion-certificate.intro", d.bodyName(), d.contractCode(),
                    d.contractProtocol(), d.operatorName(), d.challengeTitle(), d.ocid(), d.phase()));
            layout.field(layout.text("document.completion-certificate.object"), d.object());
            layout.field(layout.text("document.completion-certificate.value"), ContractDocument.money(d.value(),
                    layout));
            layout.field(layout.text("document.completion-certificate.period"), layout.text(
                    "document.completion-certificate.periodValue", ContractDocument.day(d.startsOn(), layout),
                    ContractDocument.day(d.endsOn(), layout)));
            layout.heading(layout.text("document.completion-certificate.milestones"));
            for (Line m : d.milestones()) {
                layout.field(layout.text("document.contract.milestone", m.number(), m.title()), layout.text(
                        "document.completion-certificate.accepted", ContractDocument.money(m.amount(), layout),
                        m.acceptanceProtocol(), layout.dateTime(m.acceptedAt())));
            }
            layout.field(layout.text("document.completion-certificate.paid"), ContractDocument.money(d.paid(),
                    layout));
            if (d.remarks() != null) {
                layout.heading(layout.text("document.completion-certificate.remarks"));
                layout.paragraph(d.remarks());
            }
            layout.field(layout.text("document.completion-certificate.completedBy"), d.completedBy() + " — "
                    + layout.dateTime(d.completedAt()));
            layout.paragraph(layout.text("document.completion-certificate.meaning"));
        }
    }
}
