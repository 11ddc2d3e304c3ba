package it.sfide.evaluation.control;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.evaluation.Assignment;
import it.sfide.evaluation.AssignmentStatus;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.ConflictSource;
import it.sfide.evaluation.ConsensusStatus;
import it.sfide.evaluation.ConsensusVote;
import it.sfide.evaluation.Expertise;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.MemberStatus;
import it.sfide.evaluation.boundary.CommitteeView;
import it.sfide.evaluation.boundary.DeclarationForm;
import it.sfide.evaluation.boundary.SeatView;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.identity.boundary.Person;
import it.sfide.platform.i18n.Texts;
import it.sfide.proposal.ProposalStatus;
import it.sfide.proposal.boundary.Applicant;
import it.sfide.proposal.boundary.OpenedProposals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the committee's views for the caller's place on it, and finds a member's conflicts. */
@ApplicationScoped
public class CommitteeViews {

    @Inject
    Evaluations evaluations;

    @Inject
    Directory directory;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    OpenedProposals opened;

    /** A conflict found by Sfide. */
    public record Detected(long candidateId, ConflictSource source, String detail) {
    }

    public ChallengeView challenge(long id) {
        return challenges.get(id);
    }

    public CommitteeView view(EvaluationAccess.Seat seat) {
        Committee c = seat.committee();
        Locale locale = seat.me().locale();
        List<Assignment> assignments = evaluations.assignments(c.getId()).stream()
                .filter(a -> a.getStatus().isActive()).toList();
        Map<Long, List<Assignment>> byMember = assignments.stream()
                .collect(Collectors.groupingBy(Assignment::getMemberId));
        Map<Long, List<Assignment>> byCandidate = assignments.stream()
                .collect(Collectors.groupingBy(Assignment::getCandidateId));
        List<CommitteeView.MemberView> members = seat.members().stream().map(m -> {
            List<Assignment> mine = byMember.getOrDefault(m.getId(), List.of());
            return new CommitteeView.MemberView(m.getId(), m.getDisplayName(), m.isChair(), m.getStatus(),
                    m.getDeclarationProtocol(), m.getDeclaredAt(), m.getRecusalReason(), mine.size(),
                    (int) mine.stream().filter(Assignment::isSubmitted).count());
        }).toList();
        boolean seesAll = seat.officer() || seat.chair() && seat.declared();
        boolean named = seat.officer() || !c.isBlind();
        List<CommitteeView.CandidateView> candidates = List.of();
        if (seesAll || seat.declared()) {
            List<Candidate> list = evaluations.candidates(c.getId());
            if (!seesAll) {
                Set<Long> mine = byMember.getOrDefault(seat.member().getId(), List.of()).stream()
                        .map(Assignment::getCandidateId).collect(Collectors.toSet());
                list = list.stream().filter(x -> mine.contains(x.getId())).toList();
            }
            Map<Long, ProposalStatus> statuses = opened.statuses(list.stream().map(Candidate::getProposalId).toList());
            Map<Long, String> names = named ? directory.organisationNames(list.stream()
                    .map(Candidate::getLeadOrganisationId).toList()) : Map.of();
            candidates = list.stream().map(x -> {
                List<Assignment> on = byCandidate.getOrDefault(x.getId(), List.of());
                return new CommitteeView.CandidateView(x.getId(), x.getProposalId(), x.getCode(),
                        named ? names.get(x.getLeadOrganisationId()) : null, x.getReceiptProtocol(),
                        statuses.get(x.getProposalId()) == ProposalStatus.ADMISSIBLE || isLater(
                                statuses.get(x.getProposalId())), on.size(),
                        (int) on.stream().filter(Assignment::isSubmitted).count(), x.getConsensusStatus(),
                        seesAll ? x.getTotal() : null, seesAll ? x.getFundable() : null, seesAll ? x.getRank() : null);
            }).toList();
        }
        return new CommitteeView(c.getId(), c.getChallengeId(), seat.challenge().title(locale), c.getPhaseNumber(),
                c.getStatus(), c.isBlind(), c.getCriteria().stream().map(k -> new CommitteeView.CriterionView(
                        k.getNumber(), k.name(locale), k.getWeight(), k.getThreshold())).toList(),
                c.getOverallThreshold(), c.getTieBreak(), c.rules(), c.getAppointmentProtocol(), c.getAppointedAt(),
                c.getReportProtocol(), members, candidates, new CommitteeView.Caller(seat.officer(), seat.chair(),
                        seat.member() == null ? null : seat.member().getId(),
                        seat.member() == null ? null : seat.member().getStatus()));
    }

    /** Past admissibility: evaluated, ranked, awarded or not. */
    private static boolean isLater(ProposalStatus s) {
        return s == ProposalStatus.EVALUATED || s == ProposalStatus.RANKED || s == ProposalStatus.AWARDED
                || s == ProposalStatus.NOT_AWARDED;
    }

    /** The caller's seats with their to-do counts. */
    public List<SeatView> seats(Actor me) {
        List<SeatView> seats = new ArrayList<>();
        for (Member m : evaluations.seatsOf(me.accountId())) {
            Committee c = evaluations.committee(m.getCommitteeId()).orElseThrow();
            List<Assignment> mine = evaluations.assignmentsOf(m.getId());
            Set<Long> answered = evaluations.votesOfCommittee(c.getId()).stream()
                    .filter(v -> v.getMemberId() == m.getId()).map(ConsensusVote::getCandidateId)
                    .collect(Collectors.toSet());
            Set<Long> assignedCandidates = mine.stream().map(Assignment::getCandidateId).collect(Collectors.toSet());
            int toAnswer = (int) evaluations.candidates(c.getId()).stream()
                    .filter(x -> x.getConsensusStatus() == ConsensusStatus.PROPOSED
                            && assignedCandidates.contains(x.getId()) && !answered.contains(x.getId())).count();
            seats.add(new SeatView(c.getId(), c.getChallengeId(), challenge(c.getChallengeId()).title(me.locale()),
                    c.getPhaseNumber(), m.isChair(), m.getStatus(), c.getStatus(), mine.size(),
                    (int) mine.stream().filter(a -> a.getStatus() == AssignmentStatus.DRAFT).count(),
                    (int) mine.stream().filter(Assignment::isSubmitted).count(), toAnswer));
        }
        return seats;
    }

    /** The committee's applicants as sealed (every proposal's form decrypted: read once per request). */
    public List<Applicant> applicants(Committee c) {
        List<Applicant> all = opened.applicants(c.getChallengeId(), c.getProposalsPhase());
        if (!c.isStageGate()) {
            return all;
        }
        java.util.Set<Long> judged = evaluations.candidates(c.getId()).stream()
                .map(it.sfide.evaluation.Candidate::getProposalId).collect(java.util.stream.Collectors.toSet());
        return all.stream().filter(a -> judged.contains(a.proposalId())).toList();
    }

    /** The applicants as the member reads them before declaring, with the conflicts found. */
    public DeclarationForm declarationForm(EvaluationAccess.Seat seat, List<Detected> detected,
            List<Applicant> sealed) {
        Committee c = seat.committee();
        Locale locale = seat.me().locale();
        Map<Long, Applicant> applicants = sealed.stream()
                .collect(Collectors.toMap(Applicant::proposalId, Function.identity()));
        Map<Long, List<Detected>> found = detected.stream().collect(Collectors.groupingBy(Detected::candidateId));
        List<DeclarationForm.Line> lines = evaluations.candidates(c.getId()).stream().map(x -> {
            Applicant a = applicants.get(x.getProposalId());
            List<String> sentences = found.getOrDefault(x.getId(), List.of()).stream()
                    .map(d -> Texts.get(locale, "evaluation.conflict." + d.source().name()
                            + (c.isBlind() ? ".blind" : ""), d.detail())).toList();
            return new DeclarationForm.Line(x.getId(), c.isBlind() ? x.getCode() : a.leadName(),
                    c.isBlind() ? List.of() : a.partners().stream().map(Applicant.Party::name).toList(), sentences);
        }).toList();
        Member m = seat.member();
        return new DeclarationForm(c.getId(), seat.challenge().title(locale), c.getPhaseNumber(), c.isBlind(), lines,
                m != null && m.getStatus() == MemberStatus.DECLARED, m == null ? null : m.getDeclarationProtocol());
    }

    /** The conflicts Sfide finds between a member and the committee's proposals. */
    public List<Detected> detect(Committee c, Member member, List<Applicant> applicants) {
        if (member.getAccountId() == null) {
            return List.of();
        }
        Person person = directory.people(List.of(member.getAccountId())).get(0);
        Map<Long, Long> candidateOf = evaluations.candidates(c.getId()).stream()
                .collect(Collectors.toMap(Candidate::getProposalId, Candidate::getId));
        List<ConflictFinder.Proposal> proposals = new ArrayList<>();
        Set<Long> organisations = new HashSet<>();
        for (Applicant a : applicants) {
            Long candidate = candidateOf.get(a.proposalId());
            if (candidate == null) {
                continue;
            }
            List<ConflictFinder.Party> parties = new ArrayList<>();
            parties.add(new ConflictFinder.Party(a.leadOrganisationId(), a.leadName(), true));
            a.partners().forEach(p -> parties.add(new ConflictFinder.Party(p.organisationId(), p.name(), false)));
            parties.forEach(p -> organisations.add(p.organisationId()));
            proposals.add(new ConflictFinder.Proposal(candidate, parties));
        }
        Map<Long, Set<String>> domains = directory.emailDomains(organisations);
        Set<String> all = domains.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<Long, Set<String>> own = ConflictFinder.ownDomains(domains, directory.organisationsUsingDomains(all));
        Expertise expertise = evaluations.expertise(member.getAccountId()).orElse(null);
        return ConflictFinder.find(new ConflictFinder.Person(person.organisationId(), person.email()), proposals, own,
                (id, name) -> expertise != null && expertise.affiliatedWith(name, null)).stream()
                .map(f -> new Detected(f.candidateId(), f.source(), f.detail())).toList();
    }
}
