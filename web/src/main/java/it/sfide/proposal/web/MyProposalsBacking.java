package it.sfide.proposal.web;

import it.sfide.platform.web.Actions;
import it.sfide.proposal.PartnerStatus;
import it.sfide.proposal.boundary.ConsortiumService;
import it.sfide.proposal.boundary.DraftingService;
import it.sfide.proposal.boundary.ProposalSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** My organisation's proposals (led or joined) and the invitations to join others' consortia. */
@Named
@ViewScoped
public class MyProposalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftingService drafting;

    @Inject
    ConsortiumService consortium;

    private List<ProposalSummary> proposals = List.of();
    private List<ConsortiumService.Invitation> invitations = List.of();

    @PostConstruct
    void init() {
        proposals = drafting.mine();
        invitations = consortium.invitations().stream()
                .filter(i -> i.status() == PartnerStatus.INVITED).toList();
    }

    public String answer(long proposalId, boolean accept) {
        return Actions.run(() -> consortium.answer(proposalId, accept), accept ? "proposal.partnershipAccepted"
                : "proposal.partnershipDeclined", "/proposals/index?faces-redirect=true");
    }

    public List<ProposalSummary> getProposals() { return proposals; }
    public List<ConsortiumService.Invitation> getInvitations() { return invitations; }
}
