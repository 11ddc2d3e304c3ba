package it.sfide.contract.web;

import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.contract.ContractStatus;
import it.sfide.contract.boundary.ContractService;
import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.contract.boundary.ContractView;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A challenge's contracts on its page: those the caller's organisation is party to (buyers and operators only),
 * and for the buying body's officers the drafting of a phase's contracts from its award and, in a PCP, the way to
 * the next stage gate once every contract of a phase is completed.
 */
@Named
@RequestScoped
public class ChallengeContractsBacking {

    @Inject
    ContractService contracts;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    CommitteeService committees;

    private long challengeId;
    private List<ContractView> list = List.of();
    private StageGate stageGate;

    /** A PCP stage gate waiting to be appointed: every contract of phase {@code completed} is completed. */
    public record StageGate(int completed, int next) {
    }

    @PostConstruct
    void init() {
        challengeId = Messages.requiredParameter("id", "challenge.error.notFound");
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole("BUYER") || external.isUserInRole("OPERATOR")) {
            list = contracts.ofChallenge(challengeId);
            stageGate = findStageGate();
        }
    }

    private StageGate findStageGate() {
        if (list.isEmpty() || !list.get(0).caller().officer()) {
            return null;
        }
        ChallengeView challenge = challenges.get(challengeId);
        if (challenge.type() != ChallengeType.PCP) {
            return null;
        }
        int last = list.stream().mapToInt(ContractView::phase).max().orElseThrow();
        List<Integer> phases = challenge.phases().stream().map(ChallengeView.PhaseView::number).toList();
        int at = phases.indexOf(last);
        if (at < 0 || at == phases.size() - 1 || list.stream().filter(c -> c.phase() == last)
                .anyMatch(c -> c.status() != ContractStatus.COMPLETED)) {
            return null;
        }
        int next = phases.get(at + 1);
        return committees.ofPhase(challengeId, next).isPresent() ? null : new StageGate(last, next);
    }

    /** Drafts the phase's contracts from its award and opens the first new one. */
    public String draft(int phase) {
        return Actions.run(() -> contracts.draft(challengeId, phase), "contract.drafted",
                "/challenges/view?faces-redirect=true&id=" + challengeId);
    }

    /** Whether the phase already has its contracts. */
    public boolean drafted(int phase) {
        return list.stream().anyMatch(c -> c.phase() == phase);
    }

    public StageGate getStageGate() {
        return stageGate;
    }

    public List<ContractView> getList() {
        return list;
    }
}
