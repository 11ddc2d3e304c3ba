package it.sfide.evaluation.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;
import it.sfide.evaluation.control.CommitteeAppointment.CriterionLine;
import it.sfide.evaluation.control.CommitteeAppointment.Member;

import java.math.BigDecimal;
import java.util.List;

/**
 * The committee's report on a phase: the ranking first, then for every proposal each member's individual scores
 * and comments, the consensus scores (with the reason wherever the consensus departs from the individual scores)
 * and any dissent. Every member, the chair included, signs it personally.
 *
 * @param challengeTitle the challenge's title
 * @param ocid the challenge's Open Contracting identifier
 * @param phase the number of the phase evaluated
 * @param bodyName the buying body the committee reports to
 * @param blind whether proposals are identified by anonymous codes
 * @param criteria the criteria in the notice's order; every list of scores follows it
 * @param members the members, the chair among them; each signs
 * @param tieBreak the tie-break rule applied, as a readable sentence
 * @param results every evaluated proposal, in ranking order (the ranked first, then those not ranked)
 */
public record CommitteeReport(String challengeTitle, String ocid, int phase, String bodyName, boolean blind,
        List<CriterionLine> criteria, List<Member> members, String tieBreak, List<ProposalResult> results) {

    /**
     * What the committee concluded on one proposal.
     *
     * @param label the lead organisation's name, or its anonymous code when the review is blind
     * @param receiptProtocol the protocol of the proposal's submission receipt
     * @param rank its place in the ranking; null when it is not ranked
     * @param total its total, out of 100
     * @param fundable whether it passed every threshold
     * @param notFundableReason why it is not fundable (e.g. the threshold missed); null when fundable
     * @param individual each assigned member's own scores
     * @param consensus the consensus score per criterion
     * @param dissents members' statements of dissent from the consensus
     */
    public record ProposalResult(String label, String receiptProtocol, Integer rank, BigDecimal total,
            boolean fundable, String notFundableReason, List<IndividualReport> individual,
            List<ConsensusScore> consensus, List<Dissent> dissents) {
    }

    /**
     * One member's individual evaluation of a proposal.
     *
     * @param evaluator the member's name
     * @param scores one score per criterion, in the criteria's order
     * @param revised whether the member revised the scores after first submitting them
     */
    public record IndividualReport(String evaluator, List<Score> scores, boolean revised) {
    }

    /**
     * A score on one criterion with its justification.
     *
     * @param score the score on the notice's scale
     * @param comment the justification
     */
    public record Score(BigDecimal score, String comment) {
    }

    /**
     * The committee's agreed score on one criterion.
     *
     * @param score the agreed score on the notice's scale
     * @param comment the justification
     * @param reason why the consensus departs from the individual scores; null when it does not
     */
    public record ConsensusScore(BigDecimal score, String comment, String reason) {
    }

    /**
     * A member's dissent from the consensus on a proposal.
     *
     * @param member the member's name
     * @param text the member's statement
     */
    public record Dissent(String member, String text) {
    }

    /**
     * Renders the report, keeping one free signature box per member: the SPI asks for the number of boxes without
     * the record, so a renderer is made for one report ({@link #of}).
     */
    public static final class Renderer implements DocumentRenderer<CommitteeReport> {

        private final int signatures;

        private Renderer(int signatures) {
            this.signatures = signatures;
        }

        /** The renderer of one report, keeping a free signature box for each of its members. */
        public static Renderer of(CommitteeReport report) {
            return new Renderer(report.members().size());
        }

        @Override
        public String type() {
            return "committee-report";
        }

        /** Each member, the chair included, signs. */
        @Override
        public int personalSignatures() {
            return signatures;
        }

        @Override
        public void write(CommitteeReport r, DocumentLayout layout) {
            if (signatures != r.members().size()) {
                throw new IllegalArgumentException("a renderer made for another report");
            }
            layout.paragraph(layout.text("document.committee-report.intro", r.bodyName(), r.challengeTitle(),
                    r.ocid(), r.phase(), r.results().size()));
            if (r.blind()) {
                layout.paragraph(layout.text("document.committee-report.blind"));
            }
            layout.heading(layout.text("document.committee-report.ranking"));
            StringBuilder table = new StringBuilder();
            for (ProposalResult p : r.results()) {
                if (table.length() > 0) {
                    table.append('\n');
                }
                table.append(rankingLine(p.rank(), p.label(), p.total(), p.fundable(), layout));
            }
            layout.paragraph(table.length() == 0 ? "—" : table.toString());
            layout.field(layout.text("document.committee-report.tieBreak"), r.tieBreak());

            layout.heading(layout.text("document.committee-appointment.members"));
            CommitteeAppointment.Renderer.writeMembers(r.members(), layout);
            layout.heading(layout.text("document.committee-appointment.criteria"));
            CommitteeAppointment.Renderer.writeCriteria(r.criteria(), layout);

            for (ProposalResult p : r.results()) {
                writeProposal(r.criteria(), p, layout);
            }
            layout.paragraph(layout.text("document.committee-report.meaning", r.members().size()));
        }

        private static void writeProposal(List<CriterionLine> criteria, ProposalResult p, DocumentLayout layout) {
            layout.heading(p.rank() == null ? layout.text("document.committee-report.proposalUnranked", p.label())
                    : layout.text("document.committee-report.proposal", p.rank(), p.label()));
            layout.field(layout.text("document.evaluation.receipt"), p.receiptProtocol());
            layout.field(layout.text("document.evaluation.total"),
                    layout.text("document.evaluation.totalValue", EvaluationFigures.score(p.total(), layout)));
            layout.field(layout.text("document.evaluation.outcome"), p.fundable()
                    ? layout.text("document.evaluation.fundable")
                    : layout.text("document.evaluation.notFundable") + (p.notFundableReason() == null ? ""
                            : " — " + p.notFundableReason()));
            layout.paragraph(layout.text("document.committee-report.consensus"));
            for (int i = 0; i < criteria.size() && i < p.consensus().size(); i++) {
                ConsensusScore c = p.consensus().get(i);
                String value = layout.text("document.evaluation.scoreComment",
                        EvaluationFigures.score(c.score(), layout), c.comment());
                if (c.reason() != null && !c.reason().isBlank()) {
                    value += "\n" + layout.text("document.committee-report.departure", c.reason());
                }
                layout.field(criterionLabel(criteria.get(i), layout), value);
            }
            for (IndividualReport ir : p.individual()) {
                layout.paragraph(layout.text(ir.revised() ? "document.committee-report.individualRevised"
                        : "document.committee-report.individual", ir.evaluator()));
                for (int i = 0; i < criteria.size() && i < ir.scores().size(); i++) {
                    Score s = ir.scores().get(i);
                    layout.field(criterionLabel(criteria.get(i), layout), layout.text(
                            "document.evaluation.scoreComment", EvaluationFigures.score(s.score(), layout),
                            s.comment()));
                }
            }
            for (Dissent d : p.dissents()) {
                layout.field(layout.text("document.committee-report.dissent", d.member()), d.text());
            }
        }

        /** One line of a ranking: place, label, total and whether fundable; the unranked say so instead of a place. */
        static String rankingLine(Integer rank, String label, BigDecimal total, boolean fundable,
                DocumentLayout layout) {
            String verdict = layout.text(fundable ? "document.evaluation.fundable" : "document.evaluation.notFundable");
            return rank == null
                    ? layout.text("document.committee-report.rankingLineUnranked", label,
                            EvaluationFigures.score(total, layout), verdict)
                    : layout.text("document.committee-report.rankingLine", String.valueOf(rank), label,
                            EvaluationFigures.score(total, layout), verdict);
        }

        private static String criterionLabel(CriterionLine c, DocumentLayout layout) {
            return layout.text("document.evaluation.criterion", c.name(), c.weight());
        }
    }
}
