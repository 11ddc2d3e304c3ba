package it.sfide.evaluation.boundary;

import it.sfide.evaluation.ConsensusStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * The consensus the chair proposed on a proposal, as one of its evaluators reads it to agree or dissent: the
 * committee's scores, comments and reasons (never the other evaluators' individual scores), and their own answer.
 */
public record ConsensusView(long committeeId, long candidateId, String code, ConsensusStatus status,
        List<Line> lines, BigDecimal total, Boolean fundable, Boolean myAgreement, String myDissent) {

    public record Line(int criterion, String name, int weight, BigDecimal score, String comment, String reason) {
    }
}
