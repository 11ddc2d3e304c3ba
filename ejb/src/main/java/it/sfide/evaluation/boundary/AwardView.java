package it.sfide.evaluation.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An award as it is published: the winners with their amounts, the ranking, the decision's protocol, its revision
 * (re-issued after an accepted appeal, with the reason), and until when applicants may appeal. At a PCP stage gate
 * ({@code stageGate}) the winners are the contractors selected to continue into the phase.
 */
public record AwardView(long committeeId, long challengeId, int phase, boolean stageGate, int revision, String reason,
        Instant decidedAt, String decisionProtocol, Instant appealUntil, List<Winner> winners,
        List<Ranked> ranking) {

    public record Winner(long candidateId, long organisationId, String applicant, Integer rank, BigDecimal total,
            BigDecimal amount) {
    }

    public record Ranked(Integer rank, String applicant, BigDecimal total, boolean fundable) {
    }
}
