package it.sfide.evaluation.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The buying body's decision approving the committee's ranking and awarding the phase: the winners with the
 * amount each receives out of the budget, and the whole ranking. A decision re-issued (after an accepted appeal,
 * for instance) carries its revision number and the reason. Sealed by the body.
 *
 * @param challengeTitle the challenge's title
 * @param ocid the challenge's Open Contracting identifier
 * @param bodyName the buying body that decides
 * @param decidedBy the officer who took the decision
 * @param decidedAt when the decision was taken
 * @param reportProtocol the protocol of the committee report the decision approves
 * @param revision 1 for the first decision; more for a decision re-issued
 * @param reissueReason why the decision was re-issued; null for revision 1
 * @param budget the budget of the phase, in euro
 * @param winners the awarded proposals, in ranking order
 * @param ranking the whole ranking approved, the proposals not ranked last
 * @param stageGatePhase for a PCP stage gate, the phase the selected contractors continue into; null for an award
 */
public record AwardDecision(String challengeTitle, String ocid, String bodyName, String decidedBy,
        Instant decidedAt, String reportProtocol, int revision, String reissueReason, BigDecimal budget,
        List<Winner> winners, List<Ranked> ranking, Integer stageGatePhase) {

    /**
     * An awarded proposal.
     *
     * @param label the lead organisation's name
     * @param receiptProtocol the protocol of its submission receipt
     * @param rank its place in the ranking
     * @param total its total, out of 100
     * @param amount the amount awarded, in euro
     */
    public record Winner(String label, String receiptProtocol, int rank, BigDecimal total, BigDecimal amount) {
    }

    /**
     * A line of the ranking.
     *
     * @param rank its place; null when not ranked
     * @param label the lead organisation's name
     * @param total its total, out of 100
     * @param fundable whether it passed every threshold
     */
    public record Ranked(Integer rank, String label, BigDecimal total, boolean fundable) {
    }

    /**
     * Renders the decision; the type code is also its bundle prefix: {@code award-decision}, or for a PCP stage gate
     * {@code stage-gate-decision} (the same parts, in the words of a selection for the next phase).
     */
    public static final class Renderer implements DocumentRenderer<AwardDecision> {

        private final String type;

        /** An award decision. */
        public Renderer() {
            this(false);
        }

        /** An award decision, or a stage-gate decision. */
        public Renderer(boolean stageGate) {
            this.type = stageGate ? "stage-gate-decision" : "award-decision";
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public void write(AwardDecision d, DocumentLayout layout) {
            String prefix = "document." + type + ".";
            if (d.revision() > 1) {
                layout.paragraph(layout.text(prefix + "revision", d.revision(),
                        d.reissueReason() == null ? "—" : d.reissueReason()));
            }
            layout.paragraph(layout.text(prefix + "intro", d.bodyName(), d.challengeTitle(),
                    d.ocid(), d.reportProtocol(), d.stageGatePhase()));
            layout.field(layout.text(prefix + "decidedBy"),
                    d.decidedBy() + " — " + layout.dateTime(d.decidedAt()));
            layout.field(layout.text(prefix + "budget"), EvaluationFigures.money(d.budget(), layout));
            BigDecimal awarded = d.winners().stream().map(Winner::amount).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            layout.field(layout.text(prefix + "awarded"), layout.text(
                    prefix + "awardedValue", EvaluationFigures.money(awarded, layout),
                    d.winners().size()));

            layout.heading(layout.text(prefix + "winners"));
            if (d.winners().isEmpty()) {
                layout.paragraph(layout.text(prefix + "noWinners"));
            }
            for (Winner w : d.winners()) {
                layout.field(layout.text(prefix + "winner", w.rank(), w.label()), layout.text(
                        prefix + "winnerValue", EvaluationFigures.money(w.amount(), layout),
                        EvaluationFigures.score(w.total(), layout), w.receiptProtocol()));
            }

            layout.heading(layout.text(prefix + "ranking"));
            StringBuilder table = new StringBuilder();
            for (Ranked r : d.ranking()) {
                if (table.length() > 0) {
                    table.append('\n');
                }
                table.append(CommitteeReport.Renderer.rankingLine(r.rank(), r.label(), r.total(), r.fundable(),
                        layout));
            }
            layout.paragraph(table.length() == 0 ? "—" : table.toString());
            layout.paragraph(layout.text(prefix + "meaning"));
        }
    }
}
