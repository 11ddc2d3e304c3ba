package it.sfide.evaluation.control;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.evaluation.Assignment;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.Conflict;
import it.sfide.evaluation.Expertise;
import it.sfide.evaluation.Member;
import it.sfide.identity.boundary.Directory;
import it.sfide.identity.boundary.Person;
import it.sfide.platform.Links;
import it.sfide.platform.mail.Mailer;
import it.sfide.proposal.ProposalStatus;
import it.sfide.proposal.boundary.Applicant;
import it.sfide.proposal.boundary.OpenedProposals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every admissible proposal its evaluators with the {@link AssignmentPlanner}: the work already assigned
 * stays, the declared members (never the chair) take the rest, never a conflicted pair, loads balanced, the best
 * expertise match. Runs for the chair's automatic assignment and again whenever work is withdrawn (a recusal) or
 * a member declares late.
 */
@ApplicationScoped
public class Reassignment {

    @Inject
    Evaluations evaluations;

    @Inject
    OpenedProposals opened;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    /** The planner's answer, with the new assignments already stored. */
    public record Result(AssignmentPlanner.Plan plan, List<Assignment> added, Map<Long, String> codes) {
    }

    /** Tells each evaluator who got new work (one e-mail each, with how many proposals). */
    public void tell(EvaluationAccess.Seat seat, List<Assignment> added) {
        Map<Long, Long> count = added.stream().collect(Collectors.groupingBy(Assignment::getMemberId,
                Collectors.counting()));
        Map<Long, Member> members = seat.members().stream().collect(Collectors.toMap(Member::getId, m -> m));
        List<Long> accounts = count.keySet().stream().map(id -> members.get(id).getAccountId()).toList();
        Map<Long, Person> people = directory.people(accounts).stream()
                .collect(Collectors.toMap(Person::accountId, p -> p));
        count.forEach((memberId, n) -> {
            Person p = people.get(members.get(memberId).getAccountId());
            if (p != null) {
                mailer.send(p.email(), p.locale(), "evaluationAssigned", seat.challenge().title(p.locale()), n,
                        links.evaluatorHome());
            }
        });
    }

    public Result fill(Committee c, Instant now) {
        List<Member> evaluators = evaluations.members(c.getId()).stream()
                .filter(m -> !m.isChair() && m.hasDeclared()).toList();
        List<Candidate> candidates = admissible(c);
        Map<Long, Applicant> applicants = opened.applicants(c.getChallengeId(), c.getProposalsPhase()).stream()
                .collect(Collectors.toMap(Applicant::proposalId, a -> a));
        Set<String> themes = new HashSet<>(challenges.get(c.getChallengeId()).themes());
        List<AssignmentPlanner.Item> items = candidates.stream().map(x -> {
            Applicant a = applicants.get(x.getProposalId());
            Set<String> topics = terms(a == null ? "" : a.title() + " " + a.summary());
            topics.addAll(themes);
            return new AssignmentPlanner.Item(x.getId(), topics);
        }).toList();
        Map<Long, Expertise> expertise = evaluations.expertise(evaluators.stream().map(Member::getAccountId).toList())
                .stream().collect(Collectors.toMap(Expertise::getAccountId, e -> e));
        List<AssignmentPlanner.Reviewer> reviewers = evaluators.stream().map(m -> new AssignmentPlanner.Reviewer(
                m.getId(), expertise.containsKey(m.getAccountId()) ? expertise.get(m.getAccountId()).terms()
                        : Set.of())).toList();
        Set<AssignmentPlanner.Pair> conflicts = evaluations.conflicts(c.getId()).stream()
                .map(k -> new AssignmentPlanner.Pair(k.getMemberId(), k.getCandidateId())).collect(Collectors.toSet());
        Set<Long> evaluatorIds = evaluators.stream().map(Member::getId).collect(Collectors.toSet());
        Set<Long> candidateIds = candidates.stream().map(Candidate::getId).collect(Collectors.toSet());
        Set<AssignmentPlanner.Pair> keep = evaluations.assignments(c.getId()).stream()
                .filter(a -> a.getStatus().isActive() && evaluatorIds.contains(a.getMemberId())
                        && candidateIds.contains(a.getCandidateId()))
                .map(a -> new AssignmentPlanner.Pair(a.getMemberId(), a.getCandidateId()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(items, reviewers, c.rules().evaluatorsPerProposal(),
                conflicts, keep);
        List<Assignment> added = plan.pairs().stream().filter(p -> !keep.contains(p))
                .map(p -> evaluations.persist(new Assignment(c.getId(), p.reviewerId(), p.itemId(), false, now)))
                .toList();
        Map<Long, String> codes = new HashMap<>();
        candidates.forEach(x -> codes.put(x.getId(), x.getCode()));
        return new Result(plan, added, codes);
    }

    /** The committee's proposals found admissible (or already past it). */
    public List<Candidate> admissible(Committee c) {
        List<Candidate> all = evaluations.candidates(c.getId());
        Map<Long, ProposalStatus> statuses = opened.statuses(all.stream().map(Candidate::getProposalId).toList());
        return all.stream().filter(x -> admissible(statuses.get(x.getProposalId()))).toList();
    }

    /** Which of these proposals were found admissible, and how many still wait for the decision. */
    public record Decided(Set<Long> admissible, long undecided) {
    }

    /** Which of these proposals were found admissible, and how many wait (one query). */
    public Decided decided(java.util.Collection<Long> proposalIds) {
        Map<Long, ProposalStatus> statuses = opened.statuses(proposalIds);
        return new Decided(statuses.entrySet().stream().filter(e -> admissible(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet()), statuses.values().stream().filter(s -> s == ProposalStatus.OPENED)
                .count());
    }

    /** How many of the committee's proposals still wait for the admissibility decision. */
    public long undecided(Committee c) {
        List<Candidate> all = evaluations.candidates(c.getId());
        return opened.statuses(all.stream().map(Candidate::getProposalId).toList()).values().stream()
                .filter(s -> s == ProposalStatus.OPENED).count();
    }

    static boolean admissible(ProposalStatus s) {
        return s == ProposalStatus.ADMISSIBLE || s == ProposalStatus.EVALUATED || s == ProposalStatus.RANKED
                || s == ProposalStatus.AWARDED || s == ProposalStatus.NOT_AWARDED;
    }

    /** The lower-case words of a text and its pairs of adjacent words ("machine learning"). */
    static Set<String> terms(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
        Set<String> terms = new HashSet<>();
        String previous = null;
        for (String w : words) {
            if (w.length() < 2) {
                previous = null;
                continue;
            }
            terms.add(w);
            if (previous != null) {
                terms.add(previous + " " + w);
            }
            previous = w;
        }
        return terms;
    }

    /** Whether these two are in conflict. */
    public static boolean conflicted(List<Conflict> conflicts, long memberId, long candidateId) {
        return conflicts.stream().anyMatch(k -> k.getMemberId() == memberId && k.getCandidateId() == candidateId);
    }
}
