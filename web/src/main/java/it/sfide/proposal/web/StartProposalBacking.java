package it.sfide.proposal.web;

import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.platform.web.Messages;
import it.sfide.proposal.boundary.DraftingService;
import it.sfide.proposal.boundary.ProposalSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.List;

/**
 * The proposal's next step on a challenge's page, only where it can be taken: "see your proposal" where the
 * caller's organisation already has one for a phase, "prepare a proposal" for the other phases open now (never on a
 * market consultation, which is answered in its questionnaire).
 */
@Named
@RequestScoped
public class StartProposalBacking {

    @Inject
    DraftingService drafting;

    @Inject
    Clock clock;

    private Long loadedFor;
    private List<ProposalSummary> mine = List.of();

    /** The caller's organisation's proposals on the challenge (led or joined), once per request. */
    public List<ProposalSummary> mine(ChallengeView challenge) {
        if (challenge == null) {
            return List.of();
        }
        if (loadedFor == null || loadedFor != challenge.id()) {
            mine = drafting.mineOn(challenge.id());
            loadedFor = challenge.id();
        }
        return mine;
    }

    /** The phases of the challenge that take proposals now and for which the organisation has none yet. */
    public List<ChallengeView.PhaseView> openPhases(ChallengeView challenge) {
        if (challenge == null) {
            return List.of();
        }
        List<ChallengeView.PhaseView> open = challenge.phases().stream()
                .filter(p -> challenge.acceptsProposals(p, clock.instant())).toList();
        if (open.isEmpty()) {
            return open;
        }
        List<ProposalSummary> existing = mine(challenge);
        return open.stream().filter(p -> existing.stream().noneMatch(x -> x.phaseNumber() == p.number())).toList();
    }

    public String start(long challengeId, int phase) {
        long id = drafting.start(challengeId, phase).id();
        Messages.info("proposal.started");
        return "/proposals/edit?faces-redirect=true&id=" + id;
    }
}
