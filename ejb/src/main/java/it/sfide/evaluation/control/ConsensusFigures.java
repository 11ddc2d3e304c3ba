package it.sfide.evaluation.control;

import it.sfide.evaluation.Assignment;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.ConsensusVote;
import it.sfide.evaluation.CriterionScore;
import it.sfide.evaluation.EvaluationCriterion;
import it.sfide.evaluation.EvaluationRules;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.MemberStatus;
import it.sfide.evaluation.boundary.CommitteeView;
import it.sfide.evaluation.boundary.ConsensusBoard;
import it.sfide.evaluation.boundary.ScoreEntry;
import it.sfide.identity.boundary.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The figures of the consensus: each criterion's mean and spread over a proposal's submitted reports, each
 * evaluator's calibration against the others, the distribution of the scores on the scale; read for the whole
 * committee with a handful of queries, whatever its size.
 */
@ApplicationScoped
public class ConsensusFigures {

    @Inject
    Evaluations evaluations;

    @Inject
    Reassignment reassignment;

    @Inject
    Directory directory;

    /** The evaluators' mean per criterion over the submitted reports (two decimals). */
    public static Map<Integer, BigDecimal> means(List<EvaluationCriterion> criteria, List<Assignment> reports) {
        Map<Integer, BigDecimal> means = new HashMap<>();
        for (EvaluationCriterion k : criteria) {
            List<BigDecimal> s = reports.stream().filter(Assignment::isSubmitted)
                    .map(a -> a.score(k.getNumber()).orElse(null)).filter(Objects::nonNull).toList();
            if (!s.isEmpty()) {
                means.put(k.getNumber(), mean(s));
            }
        }
        return means;
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** The board after a change, read with the working copies of the change's transaction. */
    public ConsensusBoard board(EvaluationAccess.Seat seat) {
        Committee c = seat.committee();
        return board(seat, evaluations.assignments(c.getId()), reassignment.admissible(c));
    }

    /** The board to look at: every report and proposal read only, outside the persistence context. */
    public ConsensusBoard boardToRead(EvaluationAccess.Seat seat) {
        Committee c = seat.committee();
        return board(seat, evaluations.assignmentsToRead(c.getId()), reassignment.admissibility(c, true).admissible());
    }

    private ConsensusBoard board(EvaluationAccess.Seat seat, List<Assignment> assignments, List<Candidate> candidates) {
        Committee c = seat.committee();
        Locale locale = seat.me().locale();
        EvaluationRules rules = c.rules();
        List<EvaluationCriterion> criteria = c.getCriteria();
        boolean named = seat.officer() || !c.isBlind();
        Map<Long, Member> members = seat.members().stream().collect(Collectors.toMap(Member::getId, m -> m));
        List<Assignment> active = assignments.stream().filter(a -> a.getStatus().isActive()).toList();
        Map<Long, List<Assignment>> byCandidate = active.stream()
                .collect(Collectors.groupingBy(Assignment::getCandidateId));
        Map<Long, List<ConsensusVote>> votes = evaluations.votesOfCommittee(c.getId()).stream()
                .collect(Collectors.groupingBy(ConsensusVote::getCandidateId));
        Map<Long, String> names = named ? directory.organisationNames(candidates.stream()
                .map(Candidate::getLeadOrganisationId).toList()) : Map.of();

        List<ConsensusBoard.Proposal> proposals = new ArrayList<>();
        boolean rankable = !candidates.isEmpty();
        for (Candidate x : candidates) {
            List<Assignment> reports = byCandidate.getOrDefault(x.getId(), List.of());
            boolean complete = reports.size() >= rules.evaluatorsPerProposal()
                    && reports.stream().allMatch(Assignment::isSubmitted);
            rankable &= x.isFinal();
            List<ConsensusBoard.Report> side = reports.stream().map(a -> new ConsensusBoard.Report(a.getMemberId(),
                    members.get(a.getMemberId()).getDisplayName(), a.getStatus(),
                    criteria.stream().map(k -> a.isSubmitted() ? a.score(k.getNumber()).orElse(null) : null).toList(),
                    criteria.stream().map(k -> a.isSubmitted() ? comment(a, k.getNumber()) : null).toList(),
                    a.getRevisions())).toList();
            List<ConsensusBoard.Stats> stats = new ArrayList<>();
            for (EvaluationCriterion k : criteria) {
                List<BigDecimal> s = reports.stream().filter(Assignment::isSubmitted)
                        .map(a -> a.score(k.getNumber()).orElse(null)).filter(Objects::nonNull).toList();
                if (!s.isEmpty()) {
                    BigDecimal min = s.stream().min(BigDecimal::compareTo).orElseThrow();
                    BigDecimal max = s.stream().max(BigDecimal::compareTo).orElseThrow();
                    BigDecimal spread = max.subtract(min);
                    stats.add(new ConsensusBoard.Stats(k.getNumber(), mean(s), min, max, spread,
                            spread.compareTo(rules.consensusTolerance()) > 0));
                }
            }
            proposals.add(new ConsensusBoard.Proposal(x.getId(), x.getCode(),
                    named ? names.get(x.getLeadOrganisationId()) : null, complete, side, stats,
                    x.getConsensusStatus(), x.getConsensus().stream().map(s -> new ScoreEntry(s.getCriterionNo(),
                            s.getScore(), s.getComment(), s.getReason())).toList(), x.getTotal(), x.getFundable(),
                    x.getRank(), votes.getOrDefault(x.getId(), List.of()).stream().map(v -> new ConsensusBoard.Vote(
                            v.getMemberId(), members.get(v.getMemberId()).getDisplayName(), v.isAgree(),
                            v.getDissent())).toList()));
        }
        return new ConsensusBoard(c.getId(), seat.challenge().title(locale), c.getStatus(), c.isBlind(), rules,
                criteria.stream().map(k -> new CommitteeView.CriterionView(k.getNumber(), k.name(locale),
                        k.getWeight(), k.getThreshold())).toList(), proposals,
                calibration(seat.members(), active, criteria, rules), distributions(active, criteria, rules, locale),
                rankable, null);
    }

    private static String comment(Assignment a, int criterion) {
        return a.getScores().stream().filter(s -> s.getCriterionNo() == criterion).map(CriterionScore::getComment)
                .findFirst().orElse(null);
    }

    /** Each evaluator's mean difference from the others' mean on the same proposal and criterion. */
    static List<ConsensusBoard.Calibration> calibration(List<Member> members, List<Assignment> active,
            List<EvaluationCriterion> criteria, EvaluationRules rules) {
        Map<Long, List<Assignment>> byCandidate = active.stream().filter(Assignment::isSubmitted)
                .collect(Collectors.groupingBy(Assignment::getCandidateId));
        Map<Long, List<BigDecimal>> deviations = new HashMap<>();
        for (List<Assignment> reports : byCandidate.values()) {
            for (EvaluationCriterion k : criteria) {
                for (Assignment a : reports) {
                    BigDecimal mine = a.score(k.getNumber()).orElse(null);
                    List<BigDecimal> others = reports.stream().filter(o -> o != a)
                            .map(o -> o.score(k.getNumber()).orElse(null)).filter(Objects::nonNull).toList();
                    if (mine != null && !others.isEmpty()) {
                        deviations.computeIfAbsent(a.getMemberId(), id -> new ArrayList<>())
                                .add(mine.subtract(mean(others)));
                    }
                }
            }
        }
        Map<Long, List<Assignment>> byMember = active.stream().collect(Collectors.groupingBy(Assignment::getMemberId));
        List<ConsensusBoard.Calibration> list = new ArrayList<>();
        for (Member m : members) {
            if (m.isChair() || m.getStatus() == MemberStatus.RECUSED || m.getStatus() == MemberStatus.INVITED) {
                continue;
            }
            List<BigDecimal> d = deviations.getOrDefault(m.getId(), List.of());
            BigDecimal meanDeviation = d.isEmpty() ? BigDecimal.ZERO.setScale(2) : mean(d);
            List<Assignment> mine = byMember.getOrDefault(m.getId(), List.of());
            list.add(new ConsensusBoard.Calibration(m.getId(), m.getDisplayName(), d.size(), meanDeviation,
                    d.size() >= 3 && meanDeviation.abs().compareTo(rules.consensusTolerance()) > 0, mine.size(),
                    (int) mine.stream().filter(Assignment::isSubmitted).count()));
        }
        return list;
    }

    /** The count of submitted scores on each step of the scale, per criterion. */
    static List<ConsensusBoard.Distribution> distributions(List<Assignment> active,
            List<EvaluationCriterion> criteria, EvaluationRules rules, Locale locale) {
        List<BigDecimal> steps = new ArrayList<>();
        for (BigDecimal s = BigDecimal.ZERO.setScale(1); s.compareTo(rules.scaleMax()) <= 0;
                s = s.add(rules.scaleStep())) {
            steps.add(s);
        }
        List<ConsensusBoard.Distribution> list = new ArrayList<>();
        for (EvaluationCriterion k : criteria) {
            Map<BigDecimal, Integer> counts = new HashMap<>();
            active.stream().filter(Assignment::isSubmitted).map(a -> a.score(k.getNumber()).orElse(null))
                    .filter(Objects::nonNull).forEach(s -> counts.merge(s.setScale(1, RoundingMode.HALF_UP), 1,
                            Integer::sum));
            list.add(new ConsensusBoard.Distribution(k.getNumber(), k.name(locale), steps,
                    steps.stream().map(s -> counts.getOrDefault(s, 0)).toList()));
        }
        return list;
    }
}
