package it.sfide.evaluation.web;

import it.sfide.evaluation.boundary.ConsensusService;
import it.sfide.evaluation.boundary.ConsensusView;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The consensus the chair proposed on a proposal ({@code ?committee=&candidate=}), as one of its evaluators reads
 * it: they agree, or record a dissent with its text.
 */
@Named
@ViewScoped
public class ConsensusBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsensusService consensus;

    private long committeeId;
    private long candidateId;
    private ConsensusView view;
    private String dissent;

    @PostConstruct
    void init() {
        committeeId = Messages.requiredParameter("committee", "evaluation.error.notFound");
        candidateId = Messages.requiredParameter("candidate", "evaluation.error.notFound");
        view = consensus.proposal(committeeId, candidateId);
        dissent = view.myDissent();
    }

    public String agree() {
        return Actions.run(() -> consensus.answer(committeeId, candidateId, true, null), "consensusPage.agreed",
                self());
    }

    public String disagree() {
        return Actions.run(() -> consensus.answer(committeeId, candidateId, false, dissent),
                "consensusPage.dissented", self());
    }

    private String self() {
        return "/evaluation/consensus?faces-redirect=true&committee=" + committeeId + "&candidate=" + candidateId;
    }

    public ConsensusView getView() { return view; }
    public String getDissent() { return dissent; }
    public void setDissent(String dissent) { this.dissent = dissent; }
}
