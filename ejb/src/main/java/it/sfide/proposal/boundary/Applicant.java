package it.sfide.proposal.boundary;

import it.sfide.proposal.ProposalStatus;
import java.time.Instant;
import java.util.List;

/**
 * An opened proposal as an evaluation committee receives it: who applied (the lead and the consortium partners as
 * sealed), its receipt, when it was submitted, its admissibility, and its title and summary (for matching
 * evaluators' expertise).
 */
public record Applicant(long proposalId, long leadOrganisationId, String leadName, List<Party> partners,
        String receiptProtocol, Instant submittedAt, ProposalStatus status, String title, String summary) {

    /** A consortium partner as the sealed form records it. */
    public record Party(long organisationId, String name) {
    }

    public boolean isAdmissible() {
        return status == ProposalStatus.ADMISSIBLE;
    }
}
