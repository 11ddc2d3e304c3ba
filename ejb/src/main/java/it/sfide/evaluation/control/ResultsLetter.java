package it.sfide.evaluation.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The letter telling one applicant the outcome of the evaluation of their proposal, with the committee's scores and
 * comments on each criterion and until when they may appeal. It carries only that applicant's own results, never
 * anything about other applicants. Sealed by the body.
 *
 * @param challengeTitle the challenge's title
 * @param ocid the challenge's Open Contracting identifier
 * @param bodyName the buying body that writes
 * @param applicantName the lead organisation the letter is addressed to
 * @param receiptProtocol the protocol of the proposal's submission receipt
 * @param outcome {@code AWARDED}, {@code NOT_AWARDED} (fundable but not reached by the budget) or
 *        {@code NOT_FUNDABLE} (a threshold missed); at a PCP stage gate the same prefixed {@code STAGE_} (selected
 *        to continue into the next phase, or not)
 * @param rank the proposal's place in the ranking; null when not ranked
 * @param total its total, out of 100
 * @param fundable whether it passed every threshold
 * @param lines the committee's consensus per criterion
 * @param appealUntil the last moment to lodge an appeal
 * @param awardProtocol the protocol of the award decision
 */
public record ResultsLetter(String challengeTitle, String ocid, String bodyName, String applicantName,
        String receiptProtocol, String outcome, Integer rank, BigDecimal total, boolean fundable, List<Line> lines,
        Instant appealUntil, String awardProtocol) {

    /** The outcomes a letter can tell. */
    public static final List<String> OUTCOMES = List.of("AWARDED", "NOT_AWARDED", "NOT_FUNDABLE", "STAGE_AWARDED",
            "STAGE_NOT_AWARDED", "STAGE_NOT_FUNDABLE");

    /** The outcome of a PCP stage gate: selected to continue, or not (fundable or not). */
    public static String stageGate(String outcome) {
        return "STAGE_" + outcome;
    }

    public ResultsLetter {
        if (!OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("unknown outcome " + outcome);
        }
    }

    /**
     * The consensus on one criterion.
     *
     * @param criterion the criterion's name in the letter's language
     * @param weight its weight out of 100
     * @param score the committee's score on the notice's scale
     * @param comment the committee's justification
     */
    public record Line(String criterion, int weight, BigDecimal score, String comment) {
    }

    /** Renders the letter; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<ResultsLetter> {

        @Override
        public String type() {
            return "results-letter";
        }

        @Override
        public void write(ResultsLetter l, DocumentLayout layout) {
            layout.paragraph(layout.text("document.results-letter.greeting", l.applicantName()));
            layout.paragraph(layout.text("document.results-letter.intro", l.bodyName(), l.challengeTitle(), l.ocid(),
                    l.receiptProtocol()));
            layout.paragraph(layout.text("document.results-letter.outcome." + l.outcome()));
            layout.field(layout.text("document.evaluation.total"),
                    layout.text("document.evaluation.totalValue", EvaluationFigures.score(l.total(), layout)));
            layout.field(layout.text("document.results-letter.rank"),
                    l.rank() == null ? layout.text("document.results-letter.notRanked") : String.valueOf(l.rank()));
            layout.field(layout.text("document.evaluation.outcome"), layout.text(l.fundable()
                    ? "document.evaluation.fundable" : "document.evaluation.notFundable"));
            layout.heading(layout.text("document.results-letter.summary"));
            for (Line line : l.lines()) {
                layout.field(layout.text("document.evaluation.criterion", line.criterion(), line.weight()),
                        layout.text("document.evaluation.scoreComment", EvaluationFigures.score(line.score(), layout),
                                line.comment()));
            }
            layout.heading(layout.text("document.results-letter.appealHeading"));
            layout.paragraph(layout.text(l.outcome().startsWith("STAGE_") ? "document.results-letter.appealStageGate"
                    : "document.results-letter.appeal", layout.dateTime(l.appealUntil()), l.awardProtocol()));
            layout.paragraph(layout.text("document.results-letter.meaning"));
        }
    }
}
