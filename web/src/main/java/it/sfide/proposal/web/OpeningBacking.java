package it.sfide.proposal.web;

import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import it.sfide.proposal.boundary.OpeningService;
import it.sfide.proposal.boundary.OpeningView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The opening of a phase for the buying body's officers: ask, confirm (another officer), minutes, the list. */
@Named
@ViewScoped
public class OpeningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpeningService opening;

    @Inject
    DocumentRegistry documents;

    private OpeningView view;
    private long challengeId;
    private int phase;

    @PostConstruct
    void init() {
        challengeId = Messages.requiredParameter("challenge", "challenge.error.noSuchPhase");
        phase = (int) Messages.requiredParameter("phase", "challenge.error.noSuchPhase");
        view = opening.status(challengeId, phase);
    }

    public String request() {
        return Actions.run(() -> opening.request(challengeId, phase), "opening.requested", self());
    }

    public String confirm() {
        return Actions.run(() -> opening.confirm(challengeId, phase), "opening.confirmed", self());
    }

    public void downloadMinutes() {
        PageDownloads.send(documents.content(view.minutesProtocol()), "application/pdf",
                view.minutesProtocol() + ".pdf");
    }

    private String self() {
        return "/proposals/opening?faces-redirect=true&challenge=" + challengeId + "&phase=" + phase;
    }

    public OpeningView getView() { return view; }
}
