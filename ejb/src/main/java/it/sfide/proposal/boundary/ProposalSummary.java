package it.sfide.proposal.boundary;

import it.sfide.proposal.Proposal;
import it.sfide.proposal.ProposalStatus;

import java.time.Instant;

/** A proposal as its own organisation lists it. */
public record ProposalSummary(long id, long challengeId, int phaseNumber, long leadOrganisationId,
        ProposalStatus status, Instant createdAt, Instant updatedAt) {

    static ProposalSummary of(Proposal p) {
        return new ProposalSummary(p.getId(), p.getChallengeId(), p.getPhaseNumber(), p.getLeadOrganisationId(),
                p.getStatus(), p.getCreatedAt(), p.getUpdatedAt());
    }
}
