package it.sfide.proposal.boundary;

import it.sfide.proposal.ProposalContent;
import it.sfide.proposal.ProposalStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An opened proposal as the buyer's officers read it (every read is audited). */
public record OpenedProposalView(long proposalId, long challengeId, int phase, String leadOrganisationName,
        ProposalStatus status, String statusReason, String receiptProtocol, Instant submittedAt, String formSha256,
        ProposalContent content, List<Member> consortium, List<OpenedFile> files) {

    /** A consortium partner as sealed. */
    public record Member(String organisationName, String role, BigDecimal budgetShare) {
    }

    /** A sealed file, downloaded apart. */
    public record OpenedFile(int fileNo, String name, long sizeBytes, int pages, String sha256) {
    }
}
