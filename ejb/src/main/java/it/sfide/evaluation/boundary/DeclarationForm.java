package it.sfide.evaluation.boundary;

import java.util.List;

/**
 * What a member reads before signing their conflict-of-interest declaration: every applicant (by name, or by code
 * when the challenge is blind) and the conflicts Sfide found, which stand whatever the member declares.
 */
public record DeclarationForm(long committeeId, String challengeTitle, int phase, boolean blind,
        List<Line> applicants, boolean declared, String declarationProtocol) {

    /** One applicant: its label and the conflicts found with it (readable sentences). */
    public record Line(long candidateId, String label, List<String> partners, List<String> detected) {
        public boolean conflicted() {
            return !detected.isEmpty();
        }
    }

    /** A conflict the member declares with one applicant, in their words. */
    public record Declared(long candidateId, String statement) {
    }
}
