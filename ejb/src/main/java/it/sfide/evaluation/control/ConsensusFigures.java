package it.sfide.evaluation.control;

import it.sfide.evaluation.Assignment;
import it.sfide.evaluation.AssignmentStatus;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.ConsensusStatus;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /**
     * A page of the board. The figures over the whole committee come from the scores as plain values (no entities,
     * no comments); only the page's proposals are read whole, with their reports, comments, consensus and answers.
     * {@code only}: the page holds just that proposal (the answer to the chair's proposal of a consensus).
     */
    public ConsensusBoard board(EvaluationAccess.Seat seat, ConsensusBoard.Show show, int page, int size, Long only) {
        Committee c = seat.committee();
        Locale locale = seat.me().locale();
        EvaluationRules rules = c.rules();
        List<EvaluationCriterion> criteria = c.getCriteria();
        Map<Long, Sheet> byAssignment = new HashMap<>();
        for (Object[] row : evaluations.scoreRows(c.getId())) {
            Sheet sheet = byAssignment.computeIfAbsent((Long) row[0], id -> new Sheet((Long) row[1], (Long) row[2],
                    (AssignmentStatus) row[3], new HashMap<>()));
            if (row[4] != null && row[5] != null) {
                sheet.scores().put((Integer) row[4], (BigDecimal) row[5]);
            }
        }
        List<Sheet> active = List.copyOf(byAssignment.values());
        Map<Long, List<Sheet>> byCandidate = active.stream().collect(Collectors.groupingBy(Sheet::candidateId));
        List<Object[]> rows = evaluations.candidateRows(c.getId());
        Set<Long> admissible = reassignment.decided(rows.stream().map(r -> (Long) r[2]).toList()).admissible();

        List<Line> lines = new ArrayList<>();
        int toPropose = 0;
        int incomplete = 0;
        int proposed = 0;
        int agreed = 0;
        int wide = 0;
        for (Object[] r : rows) {
            if (!admissible.contains((Long) r[2])) {
                continue;
            }
            List<Sheet> reports = byCandidate.getOrDefault((Long) r[0], List.of());
            boolean complete = reports.size() >= rules.evaluatorsPerProposal()
                    && reports.stream().allMatch(Sheet::isSubmitted);
            List<ConsensusBoard.Stats> stats = stats(reports, criteria, rules);
            Line line = new Line((Long) r[0], (String) r[1], (Long) r[3], (ConsensusStatus) r[4], complete, stats);
            lines.add(line);
            toPropose += line.is(ConsensusBoard.Show.TO_PROPOSE) ? 1 : 0;
            incomplete += line.is(ConsensusBoard.Show.INCOMPLETE) ? 1 : 0;
            proposed += line.is(ConsensusBoard.Show.PROPOSED) ? 1 : 0;
            agreed += line.is(ConsensusBoard.Show.FINAL) ? 1 : 0;
            wide += line.is(ConsensusBoard.Show.WIDE) ? 1 : 0;
        }
        lines.sort(Comparator.comparing(Line::code, Candidate.CODE_ORDER));
        List<Line> matching = lines.stream().filter(l -> only == null ? l.is(show) : l.candidateId() == only)
                .toList();
        List<Line> shown = matching.stream().skip((long) page * size).limit(size).toList();
        ConsensusBoard.Progress progress = new ConsensusBoard.Progress(lines.size(), toPropose, incomplete, proposed,
                agreed, wide);
        return new ConsensusBoard(c.getId(), seat.challenge().title(locale), c.getStatus(), c.isBlind(), rules,
                criteria.stream().map(k -> new CommitteeView.CriterionView(k.getNumber(), k.name(locale),
                        k.getWeight(), k.getThreshold())).toList(), progress, show, page, size, matching.size(),
                proposals(seat, shown), calibration(seat.members(), active, criteria, rules),
                distributions(active, criteria, rules, locale), !lines.isEmpty() && agreed == lines.size());
    }

    /** The page's proposals whole: their reports side by side with comments, consensus and answers. */
    private List<ConsensusBoard.Proposal> proposals(EvaluationAccess.Seat seat, List<Line> shown) {
        Committee c = seat.committee();
        List<EvaluationCriterion> criteria = c.getCriteria();
        List<Long> ids = shown.stream().map(Line::candidateId).toList();
        Map<Long, Member> members = seat.members().stream().collect(Collectors.toMap(Member::getId, m -> m));
        Map<Long, List<Assignment>> reports = evaluations.assignmentsToRead(c.getId(), ids).stream()
                .filter(a -> a.getStatus().isActive()).collect(Collectors.groupingBy(Assignment::getCandidateId));
        Map<Long, Candidate> candidates = evaluations.candidatesToRead(ids).stream()
                .collect(Collectors.toMap(Candidate::getId, x -> x));
        Map<Long, List<ConsensusVote>> votes = evaluations.votesOn(ids).stream()
                .collect(Collectors.groupingBy(ConsensusVote::getCandidateId));
        boolean named = seat.officer() || !c.isBlind();
        Map<Long, String> names = named && !shown.isEmpty()
                ? directory.organisationNames(shown.stream().map(Line::leadOrganisationId).toList()) : Map.of();
        List<ConsensusBoard.Proposal> proposals = new ArrayList<>();
        for (Line line : shown) {
            Candidate x = candidates.get(line.candidateId());
            List<ConsensusBoard.Report> side = reports.getOrDefault(x.getId(), List.of()).stream()
                    .map(a -> new ConsensusBoard.Report(a.getMemberId(), members.get(a.getMemberId()).getDisplayName(),
                            a.getStatus(), criteria.stream().map(k -> a.isSubmitted() ? a.score(k.getNumber())
                                    .orElse(null) : null).toList(),
                            criteria.stream().map(k -> a.isSubmitted() ? comment(a, k.getNumber()) : null).toList(),
                            a.getRevisions())).toList();
            proposals.add(new ConsensusBoard.Proposal(x.getId(), x.getCode(),
                    named ? names.get(x.getLeadOrganisationId()) : null, line.complete(), side, line.stats(),
                    x.getConsensusStatus(), x.getConsensus().stream().map(s -> new ScoreEntry(s.getCriterionNo(),
                            s.getScore(), s.getComment(), s.getReason())).toList(), x.getTotal(), x.getFundable(),
                    x.getRank(), votes.getOrDefault(x.getId(), List.of()).stream().map(v -> new ConsensusBoard.Vote(
                            v.getMemberId(), members.get(v.getMemberId()).getDisplayName(), v.isAgree(),
                            v.getDissent())).toList()));
        }
        return proposals;
    }

    /** Each criterion's mean, extremes and spread over a proposal's submitted reports. */
    private static List<ConsensusBoard.Stats> stats(List<Sheet> reports, List<EvaluationCriterion> criteria,
            EvaluationRules rules) {
        List<ConsensusBoard.Stats> stats = new ArrayList<>();
        for (EvaluationCriterion k : criteria) {
            List<BigDecimal> s = reports.stream().filter(Sheet::isSubmitted).map(a -> a.score(k.getNumber()))
                    .filter(Objects::nonNull).toList();
            if (!s.isEmpty()) {
                BigDecimal min = s.stream().min(BigDecimal::compareTo).orElseThrow();
                BigDecimal max = s.stream().max(BigDecimal::compareTo).orElseThrow();
                BigDecimal spread = max.subtract(min);
                stats.add(new ConsensusBoard.Stats(k.getNumber(), mean(s), min, max, spread,
                        spread.compareTo(rules.consensusTolerance()) > 0));
            }
        }
        return stats;
    }

    /** One active report's scores, as the figures need them. */
    record Sheet(long memberId, long candidateId, AssignmentStatus status, Map<Integer, BigDecimal> scores) {

        boolean isSubmitted() {
            return status == AssignmentStatus.SUBMITTED;
        }

        BigDecimal score(int criterion) {
            return scores.get(criterion);
        }
    }

    /** One proposal as the summary sees it. */
    private record Line(long candidateId, String code, long leadOrganisationId, ConsensusStatus status,
            boolean complete, List<ConsensusBoard.Stats> stats) {

        boolean is(ConsensusBoard.Show show) {
            return switch (show) {
                case ALL -> true;
                case TO_PROPOSE -> complete && status == ConsensusStatus.OPEN;
                case INCOMPLETE -> !complete;
                case PROPOSED -> status == ConsensusStatus.PROPOSED;
                case FINAL -> status == ConsensusStatus.FINAL;
                case WIDE -> stats.stream().anyMatch(ConsensusBoard.Stats::wide);
            };
        }
    }

    private static String comment(Assignment a, int criterion) {
        return a.getScores().stream().filter(s -> s.getCriterionNo() == criterion).map(CriterionScore::getComment)
                .findFirst().orElse(null);
    }

    /** Each evaluator's mean difference from the others' mean on the same proposal and criterion. */
    static List<ConsensusBoard.Calibration> calibration(List<Member> members, List<Sheet> active,
            List<EvaluationCriterion> criteria, EvaluationRules rules) {
        Map<Long, List<Sheet>> byCandidate = active.stream().filter(Sheet::isSubmitted)
                .collect(Collectors.groupingBy(Sheet::candidateId));
        Map<Long, List<BigDecimal>> deviations = new HashMap<>();
        for (List<Sheet> reports : byCandidate.values()) {
            for (EvaluationCriterion k : criteria) {
                for (Sheet a : reports) {
                    BigDecimal mine = a.score(k.getNumber());
                    List<BigDecimal> others = reports.stream().filter(o -> o != a)
                            .map(o -> o.score(k.getNumber())).filter(Objects::nonNull).toList();
                    if (mine != null && !others.isEmpty()) {
                        deviations.computeIfAbsent(a.memberId(), id -> new ArrayList<>())
                                .add(mine.subtract(mean(others)));
                    }
                }
            }
        }
        Map<Long, List<Sheet>> byMember = active.stream().collect(Collectors.groupingBy(Sheet::memberId));
        List<ConsensusBoard.Calibration> list = new ArrayList<>();
        for (Member m : members) {
            if (m.isChair() || m.getStatus() == MemberStatus.RECUSED || m.getStatus() == MemberStatus.INVITED) {
                continue;
            }
            List<BigDecimal> d = deviations.getOrDefault(m.getId(), List.of());
            BigDecimal meanDeviation = d.isEmpty() ? BigDecimal.ZERO.setScale(2) : mean(d);
            List<Sheet> mine = byMember.getOrDefault(m.getId(), List.of());
            list.add(new ConsensusBoard.Calibration(m.getId(), m.getDisplayName(), d.size(), meanDeviation,
                    d.size() >= 3 && meanDeviation.abs().compareTo(rules.consensusTolerance()) > 0, mine.size(),
                    (int) mine.stream().filter(Sheet::isSubmitted).count()));
        }
        return list;
    }

    /** The count of submitted scores on each step of the scale, per criterion. */
    static List<ConsensusBoard.Distribution> distributions(List<Sheet> active,
            List<EvaluationCriterion> criteria, EvaluationRules rules, Locale locale) {
        List<BigDecimal> steps = new ArrayList<>();
        for (BigDecimal s = BigDecimal.ZERO.setScale(1); s.compareTo(rules.scaleMax()) <= 0;
                s = s.add(rules.scaleStep())) {
            steps.add(s);
        }
        List<ConsensusBoard.Distribution> list = new ArrayList<>();
        for (EvaluationCriterion k : criteria) {
            Map<BigDecimal, Integer> counts = new HashMap<>();
            active.stream().filter(Sheet::isSubmitted).map(a -> a.score(k.getNumber()))
                    .filter(Objects::nonNull).forEach(s -> counts.merge(s.setScale(1, RoundingMode.HALF_UP), 1,
                            Integer::sum));
            list.add(new ConsensusBoard.Distribution(k.getNumber(), k.name(locale), steps,
                    steps.stream().map(s -> counts.getOrDefault(s, 0)).toList()));
        }
        return list;
    }
}
