package it.sfide.evaluation.control;

import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.evaluation.Assignment;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.ConsensusScore;
import it.sfide.evaluation.ConsensusVote;
import it.sfide.evaluation.CriterionScore;
import it.sfide.evaluation.EvaluationCriterion;
import it.sfide.evaluation.Member;
import it.sfide.identity.boundary.Directory;
import it.sfide.identity.boundary.Person;
import it.sfide.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the committee report from the committee's records: every individual and consensus score with its comments
 * and reasons, the dissents, the ranking; sealed by the body, for the members to sign.
 */
@ApplicationScoped
public class ReportWriter {

    @Inject
    Evaluations evaluations;

    @Inject
    DocumentIssuer documents;

    @Inject
    Directory directory;

    /** A candidate as the ranking orders it. */
    public static Ranking.Entry entry(Committee c, Candidate x) {
        List<BigDecimal> weighted = new ArrayList<>();
        for (EvaluationCriterion k : c.getCriteria()) {
            weighted.add(x.getConsensus().stream().filter(s -> s.getCriterionNo() == k.getNumber())
                    .map(s -> Candidate.weighted(s.getScore(), k.getWeight(), c.rules())).findFirst()
                    .orElse(BigDecimal.ZERO));
        }
        return new Ranking.Entry(x.getId(), x.getTotal(), weighted, Boolean.TRUE.equals(x.getFundable()),
                x.getSubmittedAt());
    }

    /** Why a proposal is not fundable: the criteria whose threshold it missed, or the overall threshold. */
    public static String notFundableReason(Committee c, Candidate x, Locale locale) {
        if (Boolean.TRUE.equals(x.getFundable())) {
            return null;
        }
        List<String> missed = new ArrayList<>();
        for (EvaluationCriterion k : c.getCriteria()) {
            x.getConsensus().stream().filter(s -> s.getCriterionNo() == k.getNumber()).findFirst().ifPresent(s -> {
                if (k.getThreshold() != null && Candidate.weighted(s.getScore(), k.getWeight(), c.rules())
                        .compareTo(BigDecimal.valueOf(k.getThreshold())) < 0) {
                    missed.add(Texts.get(locale, "evaluation.notFundable.criterion", k.name(locale),
                            k.getThreshold()));
                }
            });
        }
        if (c.getOverallThreshold() != null && x.getTotal() != null
                && x.getTotal().compareTo(BigDecimal.valueOf(c.getOverallThreshold())) < 0) {
            missed.add(Texts.get(locale, "evaluation.notFundable.overall", c.getOverallThreshold()));
        }
        return String.join("; ", missed);
    }

    /** The label of a proposal in the committee's documents: its code, and the applicant unless blind. */
    public static String label(Committee c, Candidate x, Map<Long, String> names) {
        return c.isBlind() ? x.getCode() : x.getCode() + " — " + names.get(x.getLeadOrganisationId());
    }

    public DocumentView issue(EvaluationAccess.Seat seat, List<Candidate> candidates, List<Member> signers) {
        Committee c = seat.committee();
        Locale locale = seat.me().locale();
        Map<Long, Member> members = seat.members().stream().collect(Collectors.toMap(Member::getId, m -> m));
        Map<Long, String> names = directory.organisationNames(candidates.stream()
                .map(Candidate::getLeadOrganisationId).toList());
        Map<Long, List<Assignment>> reports = evaluations.assignments(c.getId()).stream()
                .filter(a -> a.getStatus().isActive()).collect(Collectors.groupingBy(Assignment::getCandidateId));
        Map<Long, List<ConsensusVote>> votes = evaluations.votesOfCommittee(c.getId()).stream()
                .collect(Collectors.groupingBy(ConsensusVote::getCandidateId));
        List<CommitteeReport.ProposalResult> results = candidates.stream()
                .sorted(Candidate.BY_RANK)
                .map(x -> new CommitteeReport.ProposalResult(label(c, x, names), x.getReceiptProtocol(), x.getRank(),
                        x.getTotal(), Boolean.TRUE.equals(x.getFundable()), notFundableReason(c, x, locale),
                        reports.getOrDefault(x.getId(), List.of()).stream().map(a -> new CommitteeReport
                                .IndividualReport(members.get(a.getMemberId()).getDisplayName(),
                                c.getCriteria().stream().map(k -> score(a, k.getNumber())).toList(),
                                a.getRevisions() > 0)).toList(),
                        x.getConsensus().stream().map((ConsensusScore s) -> new CommitteeReport.ConsensusScore(
                                s.getScore(), s.getComment(), s.getReason())).toList(),
                        votes.getOrDefault(x.getId(), List.of()).stream().filter(v -> !v.isAgree())
                                .map(v -> new CommitteeReport.Dissent(members.get(v.getMemberId()).getDisplayName(),
                                        v.getDissent())).toList()))
                .toList();
        Map<Long, Person> people = directory.people(signers.stream().map(Member::getAccountId).toList()).stream()
                .collect(Collectors.toMap(Person::accountId, p -> p));
        String body = directory.organisationName(c.getBodyId());
        CommitteeReport report = new CommitteeReport(seat.challenge().title(locale), seat.challenge().ocid(),
                c.getPhaseNumber(), body, c.isBlind(),
                c.getCriteria().stream().map(k -> new CommitteeAppointment.CriterionLine(k.name(locale), k.getWeight(),
                        k.getThreshold())).toList(),
                signers.stream().map(m -> new CommitteeAppointment.Member(m.getDisplayName(),
                        people.containsKey(m.getAccountId()) ? people.get(m.getAccountId()).organisationName() : null,
                        m.isChair())).toList(),
                Texts.get(locale, "evaluation.tieBreak." + c.getTieBreak().name()), results);
        return documents.issue(CommitteeReport.Renderer.of(report), report, new Issue("committee-report",
                String.valueOf(c.getId()), c.getBodyId(), Visibility.RESTRICTED, locale,
                new Issue.IssuingBody(c.getBodyId(), body)));
    }

    private static CommitteeReport.Score score(Assignment a, int criterion) {
        CriterionScore s = a.getScores().stream().filter(x -> x.getCriterionNo() == criterion).findFirst()
                .orElse(null);
        return new CommitteeReport.Score(s == null ? null : s.getScore(), s == null ? null : s.getComment());
    }
}
