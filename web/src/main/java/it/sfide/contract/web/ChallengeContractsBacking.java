package it.sfide.contract.web;

import it.sfide.contract.boundary.ContractService;
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
 * and for the buying body's officers the drafting of a phase's contracts from its award.
 */
@Named
@RequestScoped
public class ChallengeContractsBacking {

    @Inject
    ContractService contracts;

    private long challengeId;
    private List<ContractView> list = List.of();

    @PostConstruct
    void init() {
        challengeId = Messages.requiredParameter("id", "challenge.error.notFound");
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole("BUYER") || external.isUserInRole("OPERATOR")) {
            list = contracts.ofChallenge(challengeId);
        }
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

    public List<ContractView> getList() {
        return list;
    }
}
