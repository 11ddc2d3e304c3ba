package it.sfide.evaluation.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;

import java.time.Instant;
import java.util.List;

/**
 * The act by which the buying body appoints the evaluation committee of a phase: its members and chair, the
 * criteria with their weights and thresholds, and the rules the committee evaluates by. Sealed by the body; nobody
 * signs it personally.
 *
 * @param challengeTitle the challenge's title
 * @param ocid the challenge's Open Contracting identifier
 * @param phase the number of the phase evaluated
 * @param bodyName the buying body that appoints
 * @param appointedBy the officer who appointed the committee
 * @param appointedAt when the committee was appointed
 * @param blind whether the committee sees anonymous codes instead of the applicants' names
 * @param members the members, the chair among them
 * @param criteria the criteria in the notice's order
 * @param overallThreshold the minimum total, out of 100, for a proposal to be fundable; null when there is none
 * @param scale the scale each criterion is scored on, as the notice states it (e.g. "0–5, 0.5")
 * @param evaluatorsPerProposal how many members score each proposal individually
 * @param minCommentLength the fewest characters of a comment justifying a score
 * @param appealDays the days applicants have to appeal after the results letters
 */
public record CommitteeAppointment(String challengeTitle, String ocid, int phase, String bodyName,
        String appointedBy, Instant appointedAt, boolean blind, List<Member> members, List<CriterionLine> criteria,
        Integer overallThreshold, String scale, int evaluatorsPerProposal, int minCommentLength, int appealDays) {

    /**
     * A committee member.
     *
     * @param name the person's full name
     * @param affiliation the member's organisation; null for an external expert
     * @param chair whether the member chairs the committee
     */
    public record Member(String name, String affiliation, boolean chair) {
    }

    /**
     * A criterion of the notice.
     *
     * @param name the criterion's name in the document's language
     * @param weight its weight, the points it is worth out of 100
     * @param threshold the least points, out of the weight, a proposal must reach on it; null when there is none
     */
    public record CriterionLine(String name, int weight, Integer threshold) {
    }

    /** Renders the appointment; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<CommitteeAppointment> {

        @Override
        public String type() {
            return "committee-appointment";
        }

        @Override
        public void write(CommitteeAppointment a, DocumentLayout layout) {
            layout.paragraph(layout.text("document.committee-appointment.intro", a.bodyName(), a.challengeTitle(),
                    a.ocid(), a.phase()));
            layout.field(layout.text("document.committee-appointment.appointedBy"),
                    a.appointedBy() + " — " + layout.dateTime(a.appointedAt()));
            layout.heading(layout.text("document.committee-appointment.members"));
            writeMembers(a.members(), layout);
            layout.heading(layout.text("document.committee-appointment.criteria"));
            writeCriteria(a.criteria(), layout);
            layout.heading(layout.text("document.committee-appointment.rules"));
            layout.field(layout.text("document.committee-appointment.scale"), a.scale());
            layout.field(layout.text("document.committee-appointment.overallThreshold"),
                    a.overallThreshold() == null ? layout.text("document.evaluation.noThreshold")
                            : layout.text("document.evaluation.outOf100", a.overallThreshold()));
            layout.field(layout.text("document.committee-appointment.evaluatorsPerProposal"),
                    String.valueOf(a.evaluatorsPerProposal()));
            layout.field(layout.text("document.committee-appointment.minComment"),
                    layout.text("document.committee-appointment.characters", a.minCommentLength()));
            layout.field(layout.text("document.committee-appointment.blind"), layout.text(a.blind()
                    ? "document.committee-appointment.blindYes" : "document.committee-appointment.blindNo"));
            layout.field(layout.text("document.committee-appointment.appeal"),
                    layout.text("document.committee-appointment.days", a.appealDays()));
            layout.paragraph(layout.text("document.committee-appointment.duties"));
            layout.paragraph(layout.text("document.committee-appointment.meaning"));
        }

        /** The members, chair first as listed, each with their affiliation or as an external expert. */
        static void writeMembers(List<Member> members, DocumentLayout layout) {
            for (Member m : members) {
                String role = layout.text(m.chair() ? "document.evaluation.chair" : "document.evaluation.member");
                String affiliation = m.affiliation() == null ? layout.text("document.evaluation.external")
                        : m.affiliation();
                layout.field(role, m.name() + " — " + affiliation);
            }
        }

        /** The criteria, each with its weight and threshold. */
        static void writeCriteria(List<CriterionLine> criteria, DocumentLayout layout) {
            int n = 1;
            for (CriterionLine c : criteria) {
                layout.field(n++ + ". " + c.name(), c.threshold() == null
                        ? layout.text("document.evaluation.weight", c.weight())
                        : layout.text("document.evaluation.weightThreshold", c.weight(), c.threshold()));
            }
        }
    }
}
