package it.sfide.evaluation.control;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.boundary.ChallengeBrief;
import it.sfide.challenge.boundary.ChallengeService;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.CommitteeStatus;
import it.sfide.evaluation.MemberStatus;
import it.sfide.evaluation.boundary.AppealService;
import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.evaluation.boundary.ResultsView;
import it.sfide.evaluation.boundary.SeatView;
import it.sfide.platform.i18n.Texts;
import it.sfide.proposal.ProposalStatus;
import it.sfide.proposal.boundary.DraftingService;
import it.sfide.proposal.boundary.OpenedProposals;
import it.sfide.proposal.boundary.ProposalSummary;
import it.sfide.shared.Agenda;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What of the evaluations waits: for every committee member, declarations to sign, reports to write, consensus
 * proposals to answer and, for a chair, the assignment to make; for a buyer officer, committees to appoint (an
 * opened phase, or a PCP's stage gate once the phase before is completed) and reported rankings to approve with
 * the award; for an operator, results whose appeal window is still open.
 */
@ApplicationScoped
public class EvaluationAgenda implements Agenda {

    @Inject
    CommitteeService committees;

    @Inject
    ChallengeService challenges;

    @Inject
    OpenedProposals opened;

    @Inject
    StageGates stageGates;

    @Inject
    Evaluations evaluations;

    @Inject
    DraftingService drafting;

    @Inject
    AppealService appeals;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Todo> todo(Caller caller) {
        if (caller.role() == Role.ADMIN) {
            return List.of();
        }
        List<Todo> todo = new ArrayList<>(seats(caller));
        if (caller.isOfficer()) {
            todo.addAll(officer(caller));
        }
        if (caller.isOperator()) {
            todo.addAll(results(caller));
        }
        return todo;
    }

    private List<Todo> seats(Caller caller) {
        List<Todo> todo = new ArrayList<>();
        for (SeatView s : committees.mySeats()) {
            if (s.memberStatus() == MemberStatus.RECUSED) {
                continue;
            }
            String subject = s.challengeTitle();
            String phase = Texts.get(caller.locale(), "home.detail.phase", s.phase());
            String committee = "/evaluation/committee.xhtml?id=" + s.committeeId();
            if (s.mustDeclare()) {
                todo.add(new Todo("evaluation.declare", subject, phase, 1,
                        "/evaluation/declaration.xhtml?committee=" + s.committeeId(), null));
                continue;
            }
            if (s.chair() && s.committeeStatus() == CommitteeStatus.APPOINTED) {
                todo.add(new Todo("evaluation.chair", subject, phase, 1,
                        "/evaluation/assignment.xhtml?committee=" + s.committeeId(), null));
            }
            if (s.reportsToWrite() > 0) {
                todo.add(new Todo("evaluation.reports", subject, phase, s.reportsToWrite(), committee, null));
            }
            if (s.consensusToAnswer() > 0) {
                todo.add(new Todo("evaluation.consensus", subject, phase, s.consensusToAnswer(), committee, null));
            }
        }
        return todo;
    }

    private List<Todo> officer(Caller caller) {
        List<Todo> todo = new ArrayList<>();
        List<ChallengeBrief> mine = challenges.mineInBrief();
        for (ChallengeBrief c : mine) {
            if (c.buyerId() != caller.organisationId() || !c.type().evaluated() || c.publishedAt() == null
                    || c.status() == ChallengeStatus.CANCELLED) {
                continue;
            }
            for (ChallengeView.PhaseView p : c.phases()) {
                if (evaluations.committeeOf(c.id(), p.number()).isPresent()) {
                    continue;
                }
                Integer gateOf = stageGates.earlierPhase(c.type(), c.phases(), p.number());
                boolean due = gateOf == null ? opened.opened(c.id(), p.number())
                        : stageGates.ready(c.id(), gateOf);
                if (due) {
                    todo.add(new Todo("evaluation.appoint", c.title(caller.locale()), Texts.get(caller.locale(),
                            gateOf == null ? "home.detail.phase" : "home.detail.stageGate", p.number()), 1,
                            "/evaluation/appoint.xhtml?challenge=" + c.id() + "&phase=" + p.number(), null));
                }
            }
        }
        for (Committee k : em.createQuery("SELECT k FROM Committee k WHERE k.bodyId = :body AND k.status = :reported"
                        + " ORDER BY k.id", Committee.class).setParameter("body", caller.organisationId())
                .setParameter("reported", CommitteeStatus.REPORTED).getResultList()) {
            String title = mine.stream().filter(c -> c.id() == k.getChallengeId()).findFirst()
                    .map(c -> c.title(caller.locale())).orElse(null);
            todo.add(new Todo("evaluation.award", title, Texts.get(caller.locale(), "home.detail.phase",
                    k.getPhaseNumber()), 1, "/evaluation/committee.xhtml?id=" + k.getId(), null));
        }
        return todo;
    }

    private List<Todo> results(Caller caller) {
        Instant now = clock.instant();
        List<Todo> todo = new ArrayList<>();
        for (ProposalSummary p : drafting.mine()) {
            if (!p.lead() || p.status() != ProposalStatus.AWARDED && p.status() != ProposalStatus.NOT_AWARDED) {
                continue;
            }
            ResultsView r;
            try {
                r = appeals.results(p.id());
            } catch (SfideException noResultsYet) {
                continue;
            }
            if (r.appealUntil() != null && now.isBefore(r.appealUntil())) {
                todo.add(new Todo("evaluation.results", p.challengeTitle(caller.locale()),
                        Texts.get(caller.locale(), "evaluation.outcome." + r.outcome()), 1,
                        "/proposals/results.xhtml?id=" + p.id(), r.appealUntil()));
            }
        }
        return todo;
    }
}
