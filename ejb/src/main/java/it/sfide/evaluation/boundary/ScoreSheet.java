package it.sfide.evaluation.boundary;

import it.sfide.evaluation.AssignmentStatus;
import it.sfide.evaluation.EvaluationRules;
import it.sfide.proposal.ProposalContent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An evaluator's individual report on one proposal, with what they need to write it: the proposal (for a blind
 * challenge without the applicant's identity: code instead of names, files renamed), the criteria and the scale,
 * their scores and comments so far, and the history of changes after submission.
 *
 * @param applicant the lead applicant's name, or the anonymous code when the challenge is blind
 */
public record ScoreSheet(long committeeId, long candidateId, String code, String applicant, String challengeTitle,
        boolean blind, EvaluationRules rules, List<Line> lines, AssignmentStatus status, Instant savedAt,
        Instant submittedAt, ProposalContent content, List<Partner> consortium, List<File> files,
        List<Revision> revisions) {

    /** A criterion with the evaluator's score and comment. */
    public record Line(int criterion, String name, int weight, Integer threshold, BigDecimal score, String comment) {
    }

    public record Partner(String name, String role) {
    }

    public record File(int fileNo, String name, long sizeBytes, int pages) {
    }

    public record Revision(int number, Instant at, String reason, String previousScores) {
    }

    public boolean editable() {
        return status == AssignmentStatus.ASSIGNED || status == AssignmentStatus.DRAFT;
    }

    public boolean submitted() {
        return status == AssignmentStatus.SUBMITTED;
    }
}
