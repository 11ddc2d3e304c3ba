package it.sfide.evaluation.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;

import java.time.Instant;
import java.util.List;

/**
 * A committee member's declaration of conflicts of interest towards the applicants of a phase, with what Sfide
 * found from the affiliations beside what the member declares, and the member's undertaking of truthfulness,
 * confidentiality and recusal. The member signs it personally.
 *
 * @param challengeTitle the challenge's title
 * @param ocid the challenge's Open Contracting identifier
 * @param phase the number of the phase evaluated
 * @param memberName the member who declares
 * @param chair whether the member chairs the committee
 * @param declaredAt when the member made the declaration
 * @param applicants every applicant of the phase, as the member may see them
 */
public record ConflictDeclaration(String challengeTitle, String ocid, int phase, String memberName, boolean chair,
        Instant declaredAt, List<Applicant> applicants) {

    /**
     * One applicant and the member's position towards it.
     *
     * @param label the lead organisation's name, or an anonymous code (e.g. "P-07") when the review is blind
     * @param conflict whether there is a conflict (found or declared): the member will not evaluate it
     * @param detected what Sfide found from the affiliations (e.g. "belongs to a consortium partner"); null if nothing
     * @param declared the member's own statement; null if none
     */
    public record Applicant(String label, boolean conflict, String detected, String declared) {
    }

    /** Renders the declaration; the member's signature box is kept free. */
    public static final class Renderer implements DocumentRenderer<ConflictDeclaration> {

        @Override
        public String type() {
            return "conflict-declaration";
        }

        @Override
        public void write(ConflictDeclaration d, DocumentLayout layout) {
            String role = layout.text(d.chair() ? "document.evaluation.chairOf" : "document.evaluation.memberOf");
            layout.paragraph(layout.text("document.conflict-declaration.intro", d.memberName(), role,
                    d.challengeTitle(), d.ocid(), d.phase()));
            layout.field(layout.text("document.conflict-declaration.declaredAt"), layout.dateTime(d.declaredAt()));
            long conflicts = d.applicants().stream().filter(Applicant::conflict).count();
            layout.paragraph(layout.text("document.conflict-declaration.count", d.applicants().size(), conflicts));
            layout.heading(layout.text("document.conflict-declaration.applicants"));
            for (Applicant a : d.applicants()) {
                StringBuilder value = new StringBuilder(layout.text(a.conflict()
                        ? "document.conflict-declaration.conflict" : "document.conflict-declaration.noConflict"));
                if (a.detected() != null && !a.detected().isBlank()) {
                    value.append('\n').append(layout.text("document.conflict-declaration.detected", a.detected()));
                }
                if (a.declared() != null && !a.declared().isBlank()) {
                    value.append('\n').append(layout.text("document.conflict-declaration.declared", a.declared()));
                }
                layout.field(a.label(), value.toString());
            }
            layout.heading(layout.text("document.conflict-declaration.statementHeading"));
            layout.paragraph(layout.text("document.conflict-declaration.statement", d.memberName()));
        }

        @Override
        public int personalSignatures() {
            return 1;
        }
    }
}
