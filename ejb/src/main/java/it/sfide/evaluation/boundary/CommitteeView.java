package it.sfide.evaluation.boundary;

import it.sfide.challenge.TieBreak;
import it.sfide.evaluation.CommitteeStatus;
import it.sfide.evaluation.ConsensusStatus;
import it.sfide.evaluation.EvaluationRules;
import it.sfide.evaluation.MemberStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A committee as the caller may see it: the buying body's officers and the chair see everything; a member sees the
 * members and, once they signed their declaration, the proposals (by code when the challenge is blind); nobody
 * else sees it at all.
 *
 * @param caller what the caller is to this committee
 * @param reportProtocol the committee report's protocol once ranked (the latest, after an appeal)
 * @param candidates the proposals before the committee; empty for a member who has not declared yet
 */
public record CommitteeView(long id, long challengeId, String challengeTitle, int phase, CommitteeStatus status,
        boolean blind, List<CriterionView> criteria, Integer overallThreshold, TieBreak tieBreak,
        EvaluationRules rules, String appointmentProtocol, Instant appointedAt, String reportProtocol,
        List<MemberView> members, List<CandidateView> candidates, Caller caller) {

    /** A criterion with its weight and threshold (in weighted points). */
    public record CriterionView(int number, String name, int weight, Integer threshold) {
    }

    /** A seat, with its progress. */
    public record MemberView(long id, String name, boolean chair, MemberStatus status, String declarationProtocol,
            Instant declaredAt, String recusalReason, int assigned, int submitted) {
    }

    /**
     * A proposal before the committee.
     *
     * @param applicant the lead applicant's name; null for evaluators of a blind challenge
     * @param admissible whether the buyer found it admissible (only admissible proposals are assigned)
     */
    public record CandidateView(long id, long proposalId, String code, String applicant, String receiptProtocol,
            boolean admissible, int evaluators, int submitted, ConsensusStatus consensus, BigDecimal total,
            Boolean fundable, Integer rank) {
    }

    /** The caller's place: an officer of the buying body, the chair, a member (and their seat). */
    public record Caller(boolean officer, boolean chair, Long memberId, MemberStatus memberStatus) {
        public boolean member() {
            return memberId != null;
        }
    }
}
