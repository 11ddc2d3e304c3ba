package it.sfide.proposal.boundary;

import it.sfide.proposal.ProposalStatus;
import java.time.Instant;
import java.util.List;

/**
 * A phase's opening as the buyer's officers see it: before the deadline at most the number of submissions (when
 * the challenge allows it), after it who asked for the opening and who confirmed it, the minutes, and the opened
 * proposals.
 *
 * @param submissions how many proposals are submitted now, or null when the challenge keeps it hidden before the
 *        deadline
 * @param canRequest whether the caller may ask for the opening now
 * @param canConfirm whether the caller may confirm it now (an officer other than the one who asked)
 */
public record OpeningView(long challengeId, int phase, Instant closesAt, Long submissions, String requestedBy,
        Instant requestedAt, String confirmedBy, Instant confirmedAt, String minutesProtocol, String minutesPath,
        boolean canRequest, boolean canConfirm, List<OpenedSummary> proposals, it.sfide.shared.Chart timeline) {

    /** An opened proposal in the list: who leads it, its receipt, and the admissibility decision. */
    public record OpenedSummary(long proposalId, String leadOrganisationName, String receiptProtocol,
            Instant submittedAt, ProposalStatus status, String statusReason) {
    }
}
