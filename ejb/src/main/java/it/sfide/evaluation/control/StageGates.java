package it.sfide.evaluation.control;

import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.evaluation.Award;
import it.sfide.evaluation.AwardWinner;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.spi.StageGateReadiness;
import it.sfide.proposal.boundary.Applicant;
import it.sfide.proposal.boundary.OpenedProposals;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stage gates of a pre-commercial procurement: the committee of a later phase judges the contractors of the
 * phase before it — the winners of that phase's latest award, once all their contracts are completed — by the later
 * phase's own criteria, and its award selects who continues.
 */
@ApplicationScoped
public class StageGates {

    @Inject
    Evaluations evaluations;

    @Inject
    OpenedProposals opened;

    @Inject
    Instance<StageGateReadiness> readiness;

    /** The phase a committee of this phase judges the contractors of, for a PCP's later phase; null otherwise. */
    public Integer earlierPhase(ChallengeView challenge, int phase) {
        return earlierPhase(challenge.type(), challenge.phases(), phase);
    }

    /** The same, from a challenge's type and phases. */
    public Integer earlierPhase(ChallengeType type, List<ChallengeView.PhaseView> phases, int phase) {
        if (type != ChallengeType.PCP || phases.isEmpty()) {
            return null;
        }
        for (int i = 1; i < phases.size(); i++) {
            if (phases.get(i).number() == phase) {
                return phases.get(i - 1).number();
            }
        }
        return null;
    }

    /** Refuses the stage gate until the earlier phase was awarded and every contract of it is completed. */
    public void requireReady(long challengeId, int earlierPhase) {
        if (latestAward(challengeId, earlierPhase) == null) {
            throw SfideException.conflict("evaluation.error.previousNotAwarded", earlierPhase);
        }
        if (!completed(challengeId, earlierPhase)) {
            throw SfideException.conflict("evaluation.error.phaseNotCompleted", earlierPhase);
        }
    }

    /** Whether the stage gate after the earlier phase may be appointed now (see {@link #requireReady}). */
    public boolean ready(long challengeId, int earlierPhase) {
        return latestAward(challengeId, earlierPhase) != null && completed(challengeId, earlierPhase);
    }

    private boolean completed(long challengeId, int earlierPhase) {
        return !readiness.isUnsatisfied()
                && readiness.stream().allMatch(r -> r.phaseCompleted(challengeId, earlierPhase));
    }

    /** The contractors of the earlier phase, as the applicants whose proposals the stage gate judges. */
    public List<Applicant> contractors(long challengeId, int earlierPhase) {
        Committee earlier = evaluations.committeeOf(challengeId, earlierPhase).orElse(null);
        Award award = latestAward(challengeId, earlierPhase);
        if (earlier == null || award == null) {
            return List.of();
        }
        Map<Long, Long> proposalOf = evaluations.candidates(earlier.getId()).stream()
                .collect(Collectors.toMap(Candidate::getId, Candidate::getProposalId));
        Set<Long> winners = award.getWinners().stream().map(AwardWinner::getCandidateId).map(proposalOf::get)
                .collect(Collectors.toSet());
        return opened.applicants(challengeId, earlier.getProposalsPhase()).stream()
                .filter(a -> winners.contains(a.proposalId())).toList();
    }

    private Award latestAward(long challengeId, int phase) {
        return evaluations.committeeOf(challengeId, phase).flatMap(c -> evaluations.awards(c.getId()).stream()
                .findFirst()).orElse(null);
    }
}
