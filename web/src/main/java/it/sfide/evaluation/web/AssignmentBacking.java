package it.sfide.evaluation.web;

import it.sfide.evaluation.boundary.AssignmentBoard;
import it.sfide.evaluation.boundary.AssignmentService;
import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.evaluation.boundary.CommitteeView;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.shared.SfideException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The chair's assignment board: loads per evaluator, evaluators and conflicts per proposal, the automatic
 * assignment and changes by hand (add, move, remove); a refused change says which rule it breaks.
 */
@Named
@ViewScoped
public class AssignmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentService assignments;

    @Inject
    CommitteeService committees;

    private long id;
    private CommitteeView committee;
    private AssignmentBoard board;
    private Long candidateId;
    private Long memberId;
    private Long fromMemberId;
    private Long toMemberId;

    @PostConstruct
    void init() {
        id = Messages.requiredParameter("committee", "evaluation.error.notFound");
        board = assignments.board(id);
        committee = committees.get(id);
    }

    public String assign() {
        return Actions.run(() -> assignments.assign(id), "evaluation.assignment.done", self());
    }

    public String add() {
        return Actions.run(() -> assignments.add(id, required(candidateId, "candidateId"),
                required(memberId, "memberId")), "evaluation.assignment.changed", self());
    }

    public String move() {
        return Actions.run(() -> assignments.move(id, required(candidateId, "candidateId"),
                required(fromMemberId, "fromMemberId"), required(toMemberId, "toMemberId")),
                "evaluation.assignment.changed", self());
    }

    public String remove() {
        return Actions.run(() -> assignments.remove(id, required(candidateId, "candidateId"),
                required(memberId, "memberId")), "evaluation.assignment.changed", self());
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw SfideException.invalid(field, "error.required");
        }
        return value;
    }

    private String self() {
        return "/evaluation/assignment?faces-redirect=true&committee=" + id;
    }

    public CommitteeView getCommittee() { return committee; }
    public AssignmentBoard getBoard() { return board; }
    public Long getCandidateId() { return candidateId; }
    public void setCandidateId(Long candidateId) { this.candidateId = candidateId; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public Long getFromMemberId() { return fromMemberId; }
    public void setFromMemberId(Long fromMemberId) { this.fromMemberId = fromMemberId; }
    public Long getToMemberId() { return toMemberId; }
    public void setToMemberId(Long toMemberId) { this.toMemberId = toMemberId; }
}
