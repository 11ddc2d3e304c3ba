package it.sfide.evaluation.boundary;

import it.sfide.evaluation.EvaluationRules;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an officer fills in to appoint a committee: the chair and the members by account, external experts to
 * invite by e-mail, and the rules (any left empty take the defaults: 3 evaluators per proposal, 0–5 in half
 * points, 30 characters of comment, 1 point of tolerance, 30 days to appeal).
 */
public record AppointmentForm(Long chairAccountId, List<Long> memberAccountIds, List<Expert> experts,
        Integer evaluatorsPerProposal, BigDecimal scaleMax, BigDecimal scaleStep, Integer minCommentLength,
        BigDecimal consensusTolerance, Integer appealDays) {

    /** An external expert, invited by e-mail. */
    public record Expert(String email, String fullName) {
    }

    public AppointmentForm {
        memberAccountIds = memberAccountIds == null ? List.of() : List.copyOf(memberAccountIds);
        experts = experts == null ? List.of() : List.copyOf(experts);
    }

    /** The rules, defaults for what was left empty. */
    public EvaluationRules rules() {
        EvaluationRules d = EvaluationRules.defaults();
        return new EvaluationRules(evaluatorsPerProposal == null ? d.evaluatorsPerProposal() : evaluatorsPerProposal,
                scaleMax == null ? d.scaleMax() : scaleMax, scaleStep == null ? d.scaleStep() : scaleStep,
                minCommentLength == null ? d.minCommentLength() : minCommentLength,
                consensusTolerance == null ? d.consensusTolerance() : consensusTolerance,
                appealDays == null ? d.appealDays() : appealDays);
    }
}
