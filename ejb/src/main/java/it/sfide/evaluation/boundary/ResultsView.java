package it.sfide.evaluation.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An applicant's own results: the outcome, its rank and total, the committee's scores and comments per criterion,
 * the results letter, until when it may appeal, and its appeal if it lodged one. Never another applicant's.
 */
public record ResultsView(long proposalId, String outcome, Integer rank, BigDecimal total, boolean fundable,
        List<ConsensusView.Line> lines, String letterProtocol, Instant appealUntil, boolean mayAppeal,
        AppealView appeal) {
}
