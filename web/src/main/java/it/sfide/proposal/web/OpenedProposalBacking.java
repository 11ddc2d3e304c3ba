package it.sfide.proposal.web;

import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import it.sfide.proposal.boundary.OpenedProposalView;
import it.sfide.proposal.boundary.OpeningService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** An opened proposal as the buyer's officers read it (each read audited), and the admissibility decision. */
@Named
@ViewScoped
public class OpenedProposalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpeningService opening;

    private OpenedProposalView proposal;
    private String reason;

    @PostConstruct
    void init() {
        proposal = opening.read(Messages.requiredParameter("id", "proposal.error.notFound"));
    }

    public void download(int fileNo) {
        OpeningService.FileContent file = opening.file(proposal.proposalId(), fileNo);
        PageDownloads.send(file.content(), "application/pdf", file.name());
    }

    public String decide(boolean admissible) {
        return Actions.run(() -> opening.decide(proposal.proposalId(), admissible, reason),
                admissible ? "proposal.admitted" : "proposal.notAdmitted",
                "/proposals/opened?faces-redirect=true&id=" + proposal.proposalId());
    }

    public OpenedProposalView getProposal() { return proposal; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
