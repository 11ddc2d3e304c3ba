package it.sfide.evaluation.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.evaluation.Assignment;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.ConsensusScore;
import it.sfide.evaluation.ConsensusStatus;
import it.sfide.evaluation.ConsensusVote;
import it.sfide.evaluation.EvaluationCriterion;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.control.ConsensusFigures;
import it.sfide.evaluation.control.EvaluationAccess;
import it.sfide.evaluation.control.EvaluationAccess.Seat;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.evaluation.control.Reassignment;
import it.sfide.identity.boundary.Directory;
import it.sfide.identity.boundary.Person;
import it.sfide.platform.Links;
import it.sfide.platform.mail.Mailer;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The consensus: the chair sees the individual reports side by side (spreads and calibration flagged) and proposes
 * the committee's scores for a proposal once all its evaluations are in, giving a reason wherever a score departs
 * from the evaluators' mean by more than the tolerance; each evaluator of the proposal agrees or records a
 * dissent, and when all have answered the consensus is final.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class ConsensusService {

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationAccess access;

    @Inject
    Reassignment reassignment;

    @Inject
    ConsensusFigures figures;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    @Inject
    Clock clock;

    /**
     * The chair's consensus view (the chair only: nobody else sees individual scores side by side): the figures of
     * the whole committee and one page of the proposals that {@code show} selects, in code order. The parameters as
     * typed in an address (null: all, the first page, {@link ConsensusBoard#PAGE} proposals); a wrong one is
     * refused on its name. A read outside any transaction (within one, every query would first flush the
     * persistence context).
     *
     * @param show a {@link ConsensusBoard.Show}, any case, "-" for "_"
     * @param page from 0
     * @param size 1 to {@link ConsensusBoard#MAX_PAGE}
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ConsensusBoard board(long committeeId, String show, String page, String size) {
        Seat seat = access.requireChair(committeeId, false);
        ConsensusBoard.Show which = ConsensusBoard.Show.ALL;
        if (show != null && !show.isBlank()) {
            try {
                which = ConsensusBoard.Show.valueOf(show.strip().replace('-', '_').toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw SfideException.invalid("show", "evaluation.error.show");
            }
        }
        int from = number(page, 0, Integer.MAX_VALUE, 0, "page");
        int count = number(size, 1, ConsensusBoard.MAX_PAGE, ConsensusBoard.PAGE, "size");
        return figures.board(seat, which, from, count, null);
    }

    private static int number(String text, int min, int max, int otherwise, String field) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw SfideException.invalid(field, "page".equals(field) ? "evaluation.error.page"
                : "evaluation.error.pageSize", ConsensusBoard.MAX_PAGE);
    }

    /**
     * The chair proposes the committee's scores for a proposal whose evaluations are all submitted. The answer is
     * the board with that proposal alone on its page.
     */
    @Audited(value = "evaluation.consensus", target = "committee")
    public ConsensusBoard propose(long committeeId, long candidateId, List<ScoreEntry> entries) {
        Seat seat = access.requireChair(committeeId, true);
        Committee c = seat.committee();
        c.requireScoring();
        Candidate candidate = candidate(seat, candidateId);
        if (candidate.isFinal()) {
            throw SfideException.conflict("evaluation.error.consensusFinal");
        }
        List<Assignment> reports = active(c, candidate);
        if (reports.size() < c.rules().evaluatorsPerProposal() || !reports.stream().allMatch(Assignment::isSubmitted)) {
            throw SfideException.conflict("evaluation.error.evaluationsIncomplete", candidate.getCode());
        }
        Instant now = clock.instant();
        candidate.proposeConsensus(scores(entries), ConsensusFigures.means(c.getCriteria(), reports),
                c.getCriteria(), c.rules(), c.getOverallThreshold(), now);
        evaluations.removeVotes(candidate.getId());
        c.consensusStarted(now);
        Map<Long, Member> members = seat.members().stream().collect(Collectors.toMap(Member::getId, m -> m));
        Map<Long, Person> people = directory.people(reports.stream().map(a -> members.get(a.getMemberId())
                .getAccountId()).toList()).stream().collect(Collectors.toMap(Person::accountId, p -> p));
        for (Assignment a : reports) {
            Person p = people.get(members.get(a.getMemberId()).getAccountId());
            if (p != null) {
                mailer.send(p.email(), p.locale(), "consensusProposed", seat.challenge().title(p.locale()),
                        candidate.getCode(), links.consensus(c.getId(), candidate.getId()));
            }
        }
        return figures.board(access.require(committeeId), ConsensusBoard.Show.ALL, 0, 1, candidate.getId());
    }

    /** The consensus proposed on a proposal, for one of its evaluators (or the chair). */
    public ConsensusView proposal(long committeeId, long candidateId) {
        Seat seat = access.requireDeclaredMember(committeeId);
        Candidate candidate = candidate(seat, candidateId);
        if (!seat.chair() && evaluations.assignment(seat.member().getId(), candidate.getId()).isEmpty()) {
            throw EvaluationAccess.notFound();
        }
        return view(seat, candidate);
    }

    /** An evaluator of the proposal agrees with the consensus proposed, or records a dissent with their reasons. */
    @Audited(value = "evaluation.consensusAnswer", target = "committee")
    public ConsensusView answer(long committeeId, long candidateId, boolean agree, String dissent) {
        Seat seat = access.requireDeclaredMember(committeeId);
        Candidate candidate = evaluations.lockCandidate(candidate(seat, candidateId).getId());
        Assignment mine = evaluations.assignment(seat.member().getId(), candidate.getId())
                .orElseThrow(EvaluationAccess::notFound);
        if (candidate.getConsensusStatus() != ConsensusStatus.PROPOSED) {
            throw SfideException.conflict("evaluation.error.noConsensus");
        }
        Instant now = clock.instant();
        evaluations.votes(candidate.getId()).stream().filter(v -> v.getMemberId() == mine.getMemberId())
                .forEach(evaluations::remove);
        evaluations.persist(new ConsensusVote(candidate.getId(), mine.getMemberId(), agree, dissent, now));
        Set<Long> answered = evaluations.votes(candidate.getId()).stream().map(ConsensusVote::getMemberId)
                .collect(Collectors.toSet());
        if (active(seat.committee(), candidate).stream().allMatch(a -> answered.contains(a.getMemberId()))) {
            candidate.settle();
        }
        return view(seat, candidate);
    }

    private ConsensusView view(Seat seat, Candidate candidate) {
        Locale locale = seat.me().locale();
        Committee c = seat.committee();
        List<ConsensusView.Line> lines = new ArrayList<>();
        for (ConsensusScore s : candidate.getConsensus()) {
            EvaluationCriterion k = c.criterion(s.getCriterionNo());
            lines.add(new ConsensusView.Line(k.getNumber(), k.name(locale), k.getWeight(), s.getScore(),
                    s.getComment(), s.getReason()));
        }
        ConsensusVote mine = seat.member() == null ? null : evaluations.votes(candidate.getId()).stream()
                .filter(v -> v.getMemberId() == seat.member().getId()).findFirst().orElse(null);
        return new ConsensusView(c.getId(), candidate.getId(), candidate.getCode(), candidate.getConsensusStatus(),
                lines, candidate.getTotal(), candidate.getFundable(), mine == null ? null : mine.isAgree(),
                mine == null ? null : mine.getDissent());
    }

    private Candidate candidate(Seat seat, long candidateId) {
        return evaluations.candidate(candidateId).filter(x -> x.getCommitteeId() == seat.committee().getId())
                .orElseThrow(EvaluationAccess::notFound);
    }

    private List<Assignment> active(Committee c, Candidate candidate) {
        return evaluations.assignments(c.getId()).stream()
                .filter(a -> a.getCandidateId() == candidate.getId() && a.getStatus().isActive()).toList();
    }

    private static List<ConsensusScore> scores(List<ScoreEntry> entries) {
        List<ConsensusScore> scores = new ArrayList<>();
        for (ScoreEntry e : entries == null ? List.<ScoreEntry>of() : entries) {
            if (e != null) {
                scores.add(new ConsensusScore(e.criterion(), e.score(), e.comment(), e.reason()));
            }
        }
        return scores;
    }
}
