package it.sfide.evaluation.web;

import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.evaluation.boundary.AppealService;
import it.sfide.evaluation.boundary.ResultsView;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * An applicant's own results on its proposal: outcome, rank, the committee's scores and comments, the results
 * letter, and the appeal while the window is open.
 */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppealService appeals;

    @Inject
    DocumentRegistry documents;

    private long proposalId;
    private ResultsView results;
    private String appealText;

    @PostConstruct
    void init() {
        proposalId = Messages.requiredParameter("id", "evaluation.error.noResults");
        results = appeals.results(proposalId);
    }

    /** The signed results letter. */
    public void letter() {
        PageDownloads.send(documents.content(results.letterProtocol()), "application/pdf",
                results.letterProtocol() + ".pdf");
    }

    /** Lodges the appeal with its grounds; the page shows it at once. */
    public String appeal() {
        return Actions.run(() -> {
            appeals.lodge(proposalId, appealText);
            results = appeals.results(proposalId);
        }, "evaluation.appeal.lodged", null);
    }

    public ResultsView getResults() { return results; }
    public String getAppealText() { return appealText; }
    public void setAppealText(String appealText) { this.appealText = appealText; }
}
