package it.sfide.contract.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The buying body accepts a milestone's deliverables: which contract and milestone, what was delivered (the files
 * with their SHA-256), by whom and when, and that the milestone's amount is now payable. Sealed by the body.
 */
public record MilestoneAcceptance(String contractCode, String contractProtocol, String challengeTitle,
        String bodyName, String operatorName, int number, String title, LocalDate dueOn, BigDecimal amount,
        int round, Instant submittedAt, List<String> files, String acceptedBy, Instant acceptedAt) {

    public static final class Renderer implements DocumentRenderer<MilestoneAcceptance> {

        @Override
        public String type() {
            return "milestone-acceptance";
        }

        @Override
        public void write(MilestoneAcceptance d, DocumentLayout layout) {
            layout.paragraph(layout.text("document.milestone-acceptance.intro", d.bodyName(), d.number(), d.title(),
                    d.contractCode(), d.contractProtocol(), d.operatorName(), d.challengeTitle()));
            layout.field(layout.text("document.milestone-acceptance.due"), ContractDocument.day(d.dueOn(), layout));
            layout.field(layout.text("document.milestone-acceptance.amount"), ContractDocument.money(d.amount(),
                    layout));
            layout.field(layout.text("document.milestone-acceptance.submitted"), layout.text(
                    "document.milestone-acceptance.submittedValue", d.round(), layout.dateTime(d.submittedAt())));
            layout.heading(layout.text("document.milestone-acceptance.files"));
            layout.paragraph(d.files().isEmpty() ? "—" : String.join("\n", d.files()));
            layout.field(layout.text("document.milestone-acceptance.acceptedBy"), d.acceptedBy() + " — "
                    + layout.dateTime(d.acceptedAt()));
            layout.paragraph(layout.text("document.milestone-acceptance.meaning"));
        }
    }
}
