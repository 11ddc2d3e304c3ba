package it.sfide.evaluation.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.evaluation.Assignment;
import it.sfide.evaluation.AssignmentStatus;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.Conflict;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.MemberStatus;
import it.sfide.evaluation.control.EvaluationAccess;
import it.sfide.evaluation.control.EvaluationAccess.Seat;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.evaluation.control.Reassignment;
import it.sfide.identity.boundary.Directory;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who evaluates what, decided by the committee's chair: an automatic assignment once every member has declared
 * and every proposal's admissibility is decided (N evaluators per proposal, loads within one, no conflicts, best
 * expertise match), then changes by hand within the same rules; a refused change says which rule it breaks.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class AssignmentService {

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationAccess access;

    @Inject
    Reassignment reassignment;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    /**
     * The assignment as it stands: for the chair and the buying body's officers. A read outside any transaction:
     * within one, every query would first flush the persistence context, comparing each of the thousands of
     * assignments and scores already read with its copy (seconds for 2,000 proposals).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AssignmentBoard board(long committeeId) {
        Seat seat = access.require(committeeId);
        if (!seat.officer() && !(seat.chair() && seat.declared())) {
            throw EvaluationAccess.notFound();
        }
        return board(seat);
    }

    /** The chair's automatic assignment. */
    @Audited(value = "evaluation.assign", target = "committee")
    public AssignmentBoard assign(long committeeId) {
        Seat seat = access.requireChair(committeeId, true);
        Committee c = seat.committee();
        c.requireOpenToWork();
        List<String> waiting = seat.members().stream().filter(m -> !m.isChair()
                && (m.getStatus() == MemberStatus.APPOINTED || m.getStatus() == MemberStatus.INVITED))
                .map(Member::getDisplayName).toList();
        if (!waiting.isEmpty()) {
            throw SfideException.conflict("evaluation.error.undeclared", String.join(", ", waiting));
        }
        long undecided = reassignment.undecided(c);
        if (undecided > 0) {
            throw SfideException.conflict("evaluation.error.admissibilityPending", undecided);
        }
        Instant now = clock.instant();
        Reassignment.Result result = reassignment.fill(c, now);
        if (!result.plan().complete()) {
            throw SfideException.conflict("evaluation.error.shortfall", result.plan().shortfalls().keySet().stream()
                    .map(result.codes()::get).collect(Collectors.joining(", ")));
        }
        c.assigned(now);
        reassignment.tell(seat, result.added());
        return board(seat);
    }

    /** Gives a proposal one more evaluator, by hand. */
    @Audited(value = "evaluation.assignAdd", target = "committee")
    public AssignmentBoard add(long committeeId, long candidateId, long memberId) {
        Seat seat = access.requireChair(committeeId, true);
        Committee c = seat.committee();
        c.requireOpenToWork();
        Candidate candidate = candidate(seat, candidateId);
        Member member = evaluator(seat, memberId);
        List<Assignment> active = active(c);
        checkAssignable(c, candidate, member, active);
        Map<Long, Integer> loads = loads(seat, active);
        loads.merge(member.getId(), 1, Integer::sum);
        requireBalanced(loads);
        Assignment a = evaluations.persist(new Assignment(c.getId(), member.getId(), candidate.getId(), true,
                clock.instant()));
        c.assigned(clock.instant());
        reassignment.tell(seat, List.of(a));
        return board(seat);
    }

    /** Moves a proposal from one evaluator to another, by hand (the first has not started on it). */
    @Audited(value = "evaluation.assignMove", target = "committee")
    public AssignmentBoard move(long committeeId, long candidateId, long fromMemberId, long toMemberId) {
        Seat seat = access.requireChair(committeeId, true);
        Committee c = seat.committee();
        c.requireOpenToWork();
        Candidate candidate = candidate(seat, candidateId);
        Member to = evaluator(seat, toMemberId);
        Assignment from = evaluations.assignment(fromMemberId, candidateId)
                .orElseThrow(() -> SfideException.invalid("fromMemberId", "evaluation.error.rule.notAssigned"));
        if (from.getStatus() != AssignmentStatus.ASSIGNED) {
            throw SfideException.invalid("fromMemberId", "evaluation.error.rule.started");
        }
        List<Assignment> active = active(c);
        checkAssignable(c, candidate, to, active);
        Map<Long, Integer> loads = loads(seat, active);
        loads.merge(fromMemberId, -1, Integer::sum);
        loads.merge(to.getId(), 1, Integer::sum);
        requireBalanced(loads);
        Instant now = clock.instant();
        from.withdraw(now);
        Assignment a = evaluations.persist(new Assignment(c.getId(), to.getId(), candidate.getId(), true, now));
        reassignment.tell(seat, List.of(a));
        return board(seat);
    }

    /** Takes a proposal from an evaluator who has not started on it, if it keeps its N evaluators. */
    @Audited(value = "evaluation.assignRemove", target = "committee")
    public AssignmentBoard remove(long committeeId, long candidateId, long memberId) {
        Seat seat = access.requireChair(committeeId, true);
        Committee c = seat.committee();
        c.requireOpenToWork();
        Candidate candidate = candidate(seat, candidateId);
        Assignment a = evaluations.assignment(memberId, candidate.getId())
                .orElseThrow(() -> SfideException.invalid("memberId", "evaluation.error.rule.notAssigned"));
        if (a.getStatus() != AssignmentStatus.ASSIGNED) {
            throw SfideException.invalid("memberId", "evaluation.error.rule.started");
        }
        List<Assignment> active = active(c);
        long left = active.stream().filter(x -> x.getCandidateId() == candidate.getId()).count() - 1;
        if (left < c.rules().evaluatorsPerProposal()) {
            throw SfideException.invalid("memberId", "evaluation.error.rule.perProposal",
                    c.rules().evaluatorsPerProposal());
        }
        Map<Long, Integer> loads = loads(seat, active);
        loads.merge(memberId, -1, Integer::sum);
        requireBalanced(loads);
        a.withdraw(clock.instant());
        return board(seat);
    }

    private void checkAssignable(Committee c, Candidate candidate, Member member, List<Assignment> active) {
        if (reassignment.admissible(c).stream().noneMatch(x -> x.getId().equals(candidate.getId()))) {
            throw SfideException.invalid("candidateId", "evaluation.error.rule.inadmissible");
        }
        List<Conflict> conflicts = evaluations.conflicts(c.getId());
        if (Reassignment.conflicted(conflicts, member.getId(), candidate.getId())) {
            throw SfideException.invalid("memberId", "evaluation.error.rule.conflict");
        }
        if (active.stream().anyMatch(a -> a.getMemberId() == member.getId()
                && a.getCandidateId() == candidate.getId())) {
            throw SfideException.invalid("memberId", "evaluation.error.rule.twice");
        }
    }

    private static void requireBalanced(Map<Long, Integer> loads) {
        int min = loads.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (max - min > 1) {
            throw SfideException.invalid("memberId", "evaluation.error.rule.balance");
        }
    }

    private Candidate candidate(Seat seat, long candidateId) {
        return evaluations.candidate(candidateId).filter(x -> x.getCommitteeId() == seat.committee().getId())
                .orElseThrow(() -> SfideException.invalid("candidateId", "evaluation.error.noSuchCandidate"));
    }

    private static Member evaluator(Seat seat, long memberId) {
        Member m = seat.members().stream().filter(x -> x.getId() == memberId).findFirst()
                .orElseThrow(() -> SfideException.invalid("memberId", "evaluation.error.unknownMember"));
        if (m.isChair()) {
            throw SfideException.invalid("memberId", "evaluation.error.rule.chair");
        }
        if (!m.hasDeclared()) {
            throw SfideException.invalid("memberId", "evaluation.error.rule.undeclared");
        }
        return m;
    }

    private List<Assignment> active(Committee c) {
        return evaluations.assignments(c.getId()).stream().filter(a -> a.getStatus().isActive()).toList();
    }

    /** Every declared evaluator's load, zero included. */
    private static Map<Long, Integer> loads(Seat seat, List<Assignment> active) {
        Map<Long, Integer> loads = new HashMap<>();
        seat.members().stream().filter(m -> !m.isChair() && m.hasDeclared()).forEach(m -> loads.put(m.getId(), 0));
        active.stream().filter(a -> loads.containsKey(a.getMemberId()))
                .forEach(a -> loads.merge(a.getMemberId(), 1, Integer::sum));
        return loads;
    }

    /**
     * The board, from who evaluates what and the proposals' facts as plain values (no reports, no comments): to
     * look at, outside any transaction; after a change, within it (the queries see the change before its commit).
     */
    private AssignmentBoard board(Seat seat) {
        Committee c = seat.committee();
        boolean named = seat.officer() || !c.isBlind();
        Map<Long, Member> members = seat.members().stream().collect(Collectors.toMap(Member::getId, m -> m));
        Map<Long, List<AssignmentBoard.Cell>> byCandidate = new HashMap<>();
        Map<Long, Integer> loads = new HashMap<>();
        seat.members().stream().filter(m -> !m.isChair() && m.hasDeclared()).forEach(m -> loads.put(m.getId(), 0));
        Map<Long, Integer> submitted = new HashMap<>();
        for (Object[] r : evaluations.cellRows(c.getId())) {
            long memberId = (Long) r[0];
            AssignmentStatus status = (AssignmentStatus) r[2];
            byCandidate.computeIfAbsent((Long) r[1], id -> new ArrayList<>()).add(new AssignmentBoard.Cell(memberId,
                    members.get(memberId).getDisplayName(), status, (Boolean) r[3]));
            loads.computeIfPresent(memberId, (id, n) -> n + 1);
            if (status == AssignmentStatus.SUBMITTED) {
                submitted.merge(memberId, 1, Integer::sum);
            }
        }
        Map<Long, List<Conflict>> conflicts = evaluations.conflicts(c.getId()).stream()
                .collect(Collectors.groupingBy(Conflict::getCandidateId));
        List<AssignmentBoard.Evaluator> evaluators = seat.members().stream()
                .filter(m -> !m.isChair() && m.getStatus() != MemberStatus.RECUSED)
                .map(m -> new AssignmentBoard.Evaluator(m.getId(), m.getDisplayName(), loads.getOrDefault(m.getId(), 0),
                        submitted.getOrDefault(m.getId(), 0)))
                .toList();
        List<Object[]> candidates = evaluations.candidateRows(c.getId());
        Reassignment.Decided decided = reassignment.decided(candidates.stream().map(r -> (Long) r[2]).toList());
        List<Object[]> admissible = candidates.stream().filter(r -> decided.admissible().contains((Long) r[2]))
                .sorted(Comparator.comparing(r -> (String) r[1], Candidate.CODE_ORDER)).toList();
        Map<Long, String> names = named ? directory.organisationNames(admissible.stream()
                .map(r -> (Long) r[3]).toList()) : Map.of();
        List<AssignmentBoard.Row> rows = admissible.stream().map(r -> new AssignmentBoard.Row((Long) r[0],
                (String) r[1], named ? names.get((Long) r[3]) : null, byCandidate.getOrDefault((Long) r[0], List.of()),
                conflicts.getOrDefault((Long) r[0], List.of()).stream().map(k -> new AssignmentBoard.Blocked(
                        k.getMemberId(), members.get(k.getMemberId()).getDisplayName(), k.getSource())).toList()))
                .toList();
        int min = loads.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new AssignmentBoard(c.getId(), c.rules().evaluatorsPerProposal(), evaluators, rows, min, max,
                decided.undecided());
    }
}
