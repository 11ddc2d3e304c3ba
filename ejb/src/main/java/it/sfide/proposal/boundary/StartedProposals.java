package it.sfide.proposal.boundary;

import it.sfide.challenge.boundary.ProposalActivity;
import it.sfide.proposal.control.Proposals;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Tells the challenge area whether anyone has started a proposal (a draft counts; a withdrawn one does not). */
@Dependent
public class StartedProposals implements ProposalActivity {

    @Inject
    Proposals proposals;

    @Override
    public boolean anyStarted(long challengeId) {
        return proposals.started(challengeId) > 0;
    }
}
