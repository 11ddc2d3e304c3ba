package it.sfide.proposal.web;

import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.platform.web.Messages;
import it.sfide.proposal.boundary.DraftingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.List;

/** "Prepare a proposal" on a challenge's page: the phases open now, and starting (or reopening) the draft. */
@Named
@RequestScoped
public class StartProposalBacking {

    @Inject
    DraftingService drafting;

    @Inject
    Clock clock;

    /** The phases of the challenge that take proposals now. */
    public List<ChallengeView.PhaseView> openPhases(ChallengeView challenge) {
        return challenge == null ? List.of() : challenge.phases().stream()
                .filter(p -> challenge.acceptsProposals(p, clock.instant())).toList();
    }

    public String start(long challengeId, int phase) {
        long id = drafting.start(challengeId, phase).id();
        Messages.info("proposal.started");
        return "/proposals/edit?faces-redirect=true&id=" + id;
    }
}
