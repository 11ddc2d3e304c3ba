package it.sfide.evaluation.web;

import it.sfide.evaluation.boundary.ScoreEntry;
import it.sfide.evaluation.boundary.ScoreSheet;
import it.sfide.evaluation.boundary.ScoringService;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import it.sfide.proposal.boundary.OpeningService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The evaluator's individual report on a proposal ({@code ?committee=&candidate=}): the proposal as the committee
 * may see it, its files, a score and a comment per criterion saved as a draft or submitted (then locked), and
 * after submission a change with a reason, kept in the history. Refusals land on their criterion's fields.
 */
@Named
@ViewScoped
public class ScoreBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScoringService scoring;

    private long committeeId;
    private long candidateId;
    private ScoreSheet sheet;
    private List<ScoreRow> rows;
    private String reason;

    @PostConstruct
    void init() {
        committeeId = Messages.requiredParameter("committee", "evaluation.error.notFound");
        candidateId = Messages.requiredParameter("candidate", "evaluation.error.notFound");
        show(scoring.sheet(committeeId, candidateId));
    }

    private void show(ScoreSheet s) {
        sheet = s;
        rows = s.lines().stream().map(l -> new ScoreRow(l.criterion(), l.score(), l.comment(), null)).toList();
    }

    private List<ScoreEntry> entries() {
        return rows.stream().map(ScoreRow::entry).toList();
    }

    /** Saves a draft and stays, with what was typed. */
    public void save() {
        Actions.run(() -> show(scoring.save(committeeId, candidateId, entries())), "scoring.saved", null);
    }

    /** Submits the report: it locks. */
    public String submit() {
        return Actions.run(() -> scoring.submit(committeeId, candidateId, entries()), "scoring.submitted", self());
    }

    /** Changes the submitted report, with a reason. */
    public String revise() {
        return Actions.run(() -> scoring.revise(committeeId, candidateId, entries(), reason), "scoring.revised",
                self());
    }

    public void download(int fileNo) {
        OpeningService.FileContent file = scoring.file(committeeId, candidateId, fileNo);
        PageDownloads.send(file.content(), "application/pdf", file.name());
    }

    private String self() {
        return "/evaluation/score?faces-redirect=true&committee=" + committeeId + "&candidate=" + candidateId;
    }

    /** The sheet's line of a criterion (name, weight, threshold, what was saved). */
    public ScoreSheet.Line line(int criterion) {
        return sheet.lines().stream().filter(l -> l.criterion() == criterion).findFirst().orElseThrow();
    }

    public ScoreSheet getSheet() { return sheet; }
    public List<ScoreRow> getRows() { return rows; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public long getCommitteeId() { return committeeId; }
    public long getCandidateId() { return candidateId; }
}
