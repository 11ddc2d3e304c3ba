package it.sfide.evaluation.web;

import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.evaluation.boundary.CommitteeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The way from a phase's opening to its committee (the opening page belongs to the proposal area, which may not
 * call the evaluation): the committee when there is one, so the page links it or offers to appoint it.
 */
@Named("phaseCommittee")
@RequestScoped
public class PhaseCommitteeLink {

    @Inject
    CommitteeService committees;

    private CommitteeView committee;
    private boolean looked;

    /** The committee of the phase as the caller may see it, or null when none was appointed. */
    public CommitteeView of(long challengeId, int phase) {
        if (!looked) {
            committee = committees.ofPhase(challengeId, phase).orElse(null);
            looked = true;
        }
        return committee;
    }
}
