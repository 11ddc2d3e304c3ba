package it.sfide.proposal.web;

import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.proposal.boundary.ConsortiumService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The consortium part of the proposal editor: the lead invites, changes and removes partners. */
@Named
@ViewScoped
public class ConsortiumBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsortiumService consortium;

    private long proposalId;
    private List<ConsortiumService.Candidate> candidates = List.of();
    private Long organisationId;
    private String role;
    private BigDecimal budgetShare;

    @PostConstruct
    void init() {
        Long id = Messages.longParameter("id");
        proposalId = id == null ? 0 : id;
        candidates = consortium.candidates();
    }

    public String invite() {
        return Actions.run(() -> consortium.invite(proposalId, organisationId == null ? 0 : organisationId, role,
                budgetShare), "proposal.partnerInvited", "/proposals/edit?faces-redirect=true&id="
                + proposalId);
    }

    public String remove(long organisation) {
        return Actions.run(() -> consortium.remove(proposalId, organisation), "proposal.partnerRemoved",
                "/proposals/edit?faces-redirect=true&id=" + proposalId);
    }

    public List<ConsortiumService.Candidate> getCandidates() { return candidates; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public BigDecimal getBudgetShare() { return budgetShare; }
    public void setBudgetShare(BigDecimal budgetShare) { this.budgetShare = budgetShare; }
}
