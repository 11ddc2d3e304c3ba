package it.sfide.contract.control;

import it.sfide.contract.Contract;
import it.sfide.contract.ContractStatus;
import it.sfide.evaluation.spi.StageGateReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Tells the evaluation area when a PCP phase's contracts are all completed, so the next stage gate may begin. */
@ApplicationScoped
public class ContractStageGates implements StageGateReadiness {

    @Inject
    Contracts contracts;

    @Override
    public boolean phaseCompleted(long challengeId, int phase) {
        List<Contract> ofPhase = contracts.ofChallenge(challengeId).stream()
                .filter(c -> c.getPhaseNumber() == phase).toList();
        return !ofPhase.isEmpty() && ofPhase.stream().allMatch(c -> c.getStatus() == ContractStatus.COMPLETED);
    }
}
