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

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chair's dashboard ({@code ?committee=}): the evaluators' progress, the distribution of the scores, the
 * calibration, per proposal the individual reports side by side and the consensus form with the members' answers.
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
        board = consensus.board(committeeId);
        for (ConsensusBoard.Proposal p : board.proposals()) {
            forms.put(p.candidateId(), board.criteria().stream().map(k -> p.consensus().stream()
                    .filter(e -> e.criterion() == k.number()).findFirst()
                    .map(e -> new ScoreRow(k.number(), e.score(), e.comment(), e.reason()))
                    .orElseGet(() -> new ScoreRow(k.number(), null, null, null))).toList());
        }
    }

    /** The chair proposes the committee's scores for a proposal. */
    public String propose(long candidateId) {
        proposing = candidateId;
        List<ScoreEntry> entries = forms.get(candidateId).stream().map(ScoreRow::entry).toList();
        return Actions.run(() -> consensus.propose(committeeId, candidateId, entries), "dashboard.proposed",
                "/evaluation/dashboard?faces-redirect=true&committee=" + committeeId);
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
