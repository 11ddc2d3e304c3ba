package it.sfide.evaluation.web;

import it.sfide.evaluation.boundary.ConsensusBoard;
import it.sfide.evaluation.boundary.ConsensusService;
import it.sfide.evaluation.boundary.ScoreEntry;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chair's dashboard ({@code ?committee=}, optionally {@code &show=} and {@code &page=}): the evaluators'
 * progress, the distribution of the scores, the calibration over the whole committee; then a page of proposals
 * (filtered by where they stand), for each the individual reports side by side and the consensus form with the
 * members' answers. A wrong {@code show} or {@code page} in the address shows the first page of all proposals.
 * A consensus refusal lands on the fields of the proposal that was sent (the server names them
 * {@code consensus[<criterion>].score}, {@code .comment}, {@code .reason}).
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsensusService consensus;

    private long committeeId;
    private ConsensusBoard board;
    private final Map<Long, List<ScoreRow>> forms = new HashMap<>();
    private Long proposing;

    @PostConstruct
    void init() {
        committeeId = Messages.requiredParameter("committee", "evaluation.error.notFound");
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String show = query.get("show");
        boolean known = show != null && Arrays.stream(ConsensusBoard.Show.values()).anyMatch(s -> s.name().equals(show));
        Long page = Messages.longParameter("page");
        board = consensus.board(committeeId, known ? show : null,
                page != null && page >= 0 && page < Integer.MAX_VALUE ? page.toString() : null, null);
        for (ConsensusBoard.Proposal p : board.proposals()) {
            forms.put(p.candidateId(), board.criteria().stream().map(k -> p.consensus().stream()
                    .filter(e -> e.criterion() == k.number()).findFirst()
                    .map(e -> new ScoreRow(k.number(), e.score(), e.comment(), e.reason()))
                    .orElseGet(() -> new ScoreRow(k.number(), null, null, null))).toList());
        }
    }

    /** The chair proposes the committee's scores for a proposal; back on the same page of the same list. */
    public String propose(long candidateId) {
        proposing = candidateId;
        List<ScoreEntry> entries = forms.get(candidateId).stream().map(ScoreRow::entry).toList();
        return Actions.run(() -> consensus.propose(committeeId, candidateId, entries), "dashboard.proposed",
                "/evaluation/dashboard?faces-redirect=true&" + query(board.show(), board.page()));
    }

    /** The address's query of a page of a list: committee, show, page. */
    public String query(ConsensusBoard.Show show, int page) {
        return "committee=" + committeeId + (show == ConsensusBoard.Show.ALL ? "" : "&show=" + show.name())
                + (page == 0 ? "" : "&page=" + page);
    }

    /** The filters in their order, each with its count. */
    public List<ConsensusBoard.Show> getFilters() {
        return List.of(ConsensusBoard.Show.values());
    }

    /** The number of the page's first and last proposal (from 1), for "proposals 11–20 of 2,000". */
    public int getFirst() {
        return board.page() * board.size() + 1;
    }

    public int getLast() {
        return board.page() * board.size() + board.proposals().size();
    }

    public boolean isLastPage() {
        return (long) (board.page() + 1) * board.size() >= board.matching();
    }

    public List<ScoreRow> form(long candidateId) {
        return forms.get(candidateId);
    }

    /** The figures of a criterion on a proposal (mean, spread), or null before any submitted score. */
    public ConsensusBoard.Stats stats(ConsensusBoard.Proposal p, int criterion) {
        return p.stats().stream().filter(s -> s.criterion() == criterion).findFirst().orElse(null);
    }

    /** Whether a proposal's refused consensus is the one being shown (its fields get the messages). */
    public boolean sent(long candidateId) {
        return proposing != null && proposing == candidateId;
    }

    public ConsensusBoard getBoard() { return board; }
    public long getCommitteeId() { return committeeId; }
}
