package it.sfide.evaluation.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;

import java.time.Instant;

/**
 * The buying body's decision on an applicant's appeal against the evaluation: the appeal as lodged, whether it is
 * accepted and why. Sealed by the body.
 *
 * @param challengeTitle the challenge's title
 * @param ocid the challenge's Open Contracting identifier
 * @param bodyName the buying body that decides
 * @param applicantName the lead organisation that appealed
 * @param lodgedAt when the appeal was lodged
 * @param appealText the appeal's text; the document shows at most {@value #SHOWN} characters of it
 * @param accepted whether the appeal is accepted
 * @param reason the body's reasons
 * @param decidedBy the officer who decided
 * @param decidedAt when the decision was taken
 */
public record AppealDecision(String challengeTitle, String ocid, String bodyName, String applicantName,
        Instant lodgedAt, String appealText, boolean accepted, String reason, String decidedBy, Instant decidedAt) {

    /** How many characters of the appeal the decision quotes; a longer appeal is clipped with an ellipsis. */
    public static final int SHOWN = 2000;

    /** Renders the decision; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<AppealDecision> {

        @Override
        public String type() {
            return "appeal-decision";
        }

        @Override
        public void write(AppealDecision d, DocumentLayout layout) {
            layout.paragraph(layout.text("document.appeal-decision.intro", d.bodyName(), d.applicantName(),
                    d.challengeTitle(), d.ocid()));
            layout.field(layout.text("document.appeal-decision.lodgedAt"), layout.exactTime(d.lodgedAt()));
            layout.heading(layout.text("document.appeal-decision.appeal"));
            layout.paragraph(d.appealText() == null || d.appealText().isBlank() ? "—"
                    : EvaluationFigures.clip(d.appealText(), SHOWN));
            if (d.appealText() != null && d.appealText().length() > SHOWN) {
                layout.paragraph(layout.text("document.appeal-decision.clipped", d.appealText().length()));
            }
            layout.heading(layout.text("document.appeal-decision.decision"));
            layout.paragraph(layout.text(d.accepted() ? "document.appeal-decision.accepted"
                    : "document.appeal-decision.rejected"));
            layout.field(layout.text("document.appeal-decision.reason"), d.reason());
            layout.field(layout.text("document.appeal-decision.decidedBy"),
                    d.decidedBy() + " — " + layout.dateTime(d.decidedAt()));
            layout.paragraph(layout.text(d.accepted() ? "document.appeal-decision.meaningAccepted"
                    : "document.appeal-decision.meaningRejected"));
        }
    }
}
