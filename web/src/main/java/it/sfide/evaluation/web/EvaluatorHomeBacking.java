package it.sfide.evaluation.web;

import it.sfide.evaluation.CommitteeStatus;
import it.sfide.evaluation.MemberStatus;
import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.evaluation.boundary.SeatView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The evaluator's home: their seats on committees and, for each, the one thing to do next. */
@Named
@ViewScoped
public class EvaluatorHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeService committees;

    private List<SeatView> seats;

    /** The next step of a seat: a bundle key with its count, and the page it leads to (null: nothing to do). */
    public record Step(String key, int count, String path) implements Serializable {
    }

    @PostConstruct
    void init() {
        seats = committees.mySeats();
    }

    /** What the seat asks of the caller now, in the order it must be done. */
    public Step next(SeatView seat) {
        long id = seat.committeeId();
        if (seat.memberStatus() == MemberStatus.RECUSED) {
            return new Step("evaluation.home.next.none", 0, null);
        }
        if (seat.mustDeclare()) {
            return new Step("evaluation.home.next.declare", 0, "/evaluation/declaration.xhtml?committee=" + id);
        }
        if (seat.chair() && seat.committeeStatus() == CommitteeStatus.APPOINTED) {
            return new Step("evaluation.home.next.assign", 0, "/evaluation/assignment.xhtml?committee=" + id);
        }
        if (seat.reportsToWrite() > 0) {
            return new Step("evaluation.home.next.reports", seat.reportsToWrite(), "/evaluation/committee.xhtml?id=" + id);
        }
        if (seat.consensusToAnswer() > 0) {
            return new Step("evaluation.home.next.consensus", seat.consensusToAnswer(),
                    "/evaluation/committee.xhtml?id=" + id);
        }
        if (seat.chair() && seat.committeeStatus().isScoring()) {
            return new Step("evaluation.home.next.follow", 0, "/evaluation/dashboard.xhtml?committee=" + id);
        }
        return new Step("evaluation.home.next.none", 0, null);
    }

    public List<SeatView> getSeats() { return seats; }
}
