package it.sfide.evaluation.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeService;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.evaluation.Award;
import it.sfide.evaluation.AwardWinner;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.CommitteeStatus;
import it.sfide.evaluation.control.AwardDecision;
import it.sfide.evaluation.control.CommitteeViews;
import it.sfide.evaluation.control.EvaluationAccess;
import it.sfide.evaluation.control.EvaluationAccess.Seat;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.evaluation.control.Reassignment;
import it.sfide.evaluation.control.ResultsLetters;
import it.sfide.identity.boundary.Directory;
import it.sfide.proposal.boundary.OpenedProposals;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The award: once every member has signed the committee report, an officer of the buying body approves the
 * ranking and awards within the budget (several winners where the type allows); the award decision is issued
 * under the body's seal and published with the ranking on the challenge page, followers are told, and every
 * applicant receives a results letter with its own scores. After an accepted appeal the award is re-issued.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class AwardService {

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationAccess access;

    @Inject
    Reassignment reassignment;

    @Inject
    CommitteeViews views;

    @Inject
    ResultsLetters letters;

    @Inject
    DocumentIssuer documents;

    @Inject
    ChallengeService challengeService;

    @Inject
    OpenedProposals opened;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    /** A winner chosen by the officer: a ranked proposal and the amount awarded. */
    public record WinnerForm(long candidateId, BigDecimal amount) {
    }

    /**
     * Approves the ranking and awards: an officer of the buying body, after every member signed the committee
     * report. A re-issue (after an accepted appeal) needs the reason.
     */
    @Audited(value = "evaluation.award", target = "committee")
    public AwardView award(long committeeId, List<WinnerForm> winners, String reason) {
        Seat seat = access.lock(committeeId);
        if (!seat.officer()) {
            throw SfideException.forbidden();
        }
        Committee c = seat.committee();
        if (c.getStatus() != CommitteeStatus.REPORTED) {
            throw SfideException.conflict("evaluation.error.notReported");
        }
        List<Long> unsigned = documents.unsigned(c.getReportProtocol());
        if (!unsigned.isEmpty()) {
            throw SfideException.conflict("evaluation.error.reportUnsigned", seat.members().stream()
                    .filter(m -> m.getAccountId() != null && unsigned.contains(m.getAccountId()))
                    .map(it.sfide.evaluation.Member::getDisplayName).collect(Collectors.joining(", ")));
        }
        List<Candidate> candidates = reassignment.admissible(c);
        Set<Long> ranked = candidates.stream().filter(x -> x.getRank() != null).map(Candidate::getId)
                .collect(Collectors.toSet());
        ChallengeView challenge = seat.challenge();
        BigDecimal budget = challenge.phase(c.getPhaseNumber()).map(ChallengeView.PhaseView::budget)
                .filter(b -> b != null).orElse(challenge.budget());
        Instant now = clock.instant();
        int revision = evaluations.awards(c.getId()).size() + 1;
        Award award = evaluations.persist(new Award(c.getId(), revision, (winners == null ? List.<WinnerForm>of()
                : winners).stream().map(w -> new AwardWinner(w.candidateId(), w.amount())).toList(), ranked,
                challenge.type().severalWinners(), budget, reason, seat.me().accountId(), now,
                c.rules().appealDays()));
        c.approved(now);
        if (!c.isStageGate()) {
            // a stage gate's candidates keep the outcome of the award that made them contractors
            Map<Long, Boolean> outcomes = new HashMap<>();
            candidates.forEach(x -> outcomes.put(x.getProposalId(), award.isWinner(x.getId())));
            opened.recordOutcomes(outcomes);
        }

        Map<Long, String> names = directory.organisationNames(candidates.stream()
                .map(Candidate::getLeadOrganisationId).toList());
        Map<Long, Candidate> byId = candidates.stream().collect(Collectors.toMap(Candidate::getId, x -> x));
        String body = directory.organisationName(c.getBodyId());
        java.util.Locale locale = seat.me().locale();
        AwardDecision decision = new AwardDecision(challenge.title(locale), challenge.ocid(), body,
                seat.me().fullName(), now, c.getReportProtocol(), revision, award.getReason(), budget,
                award.getWinners().stream().map(w -> {
                    Candidate x = byId.get(w.getCandidateId());
                    return new AwardDecision.Winner(names.get(x.getLeadOrganisationId()), x.getReceiptProtocol(),
                            x.getRank(), x.getTotal(), w.getAmount());
                }).toList(),
                ordered(candidates).stream().map(x -> new AwardDecision.Ranked(x.getRank(),
                        names.get(x.getLeadOrganisationId()), x.getTotal(), Boolean.TRUE.equals(x.getFundable())))
                        .toList(), c.isStageGate() ? c.getPhaseNumber() : null);
        DocumentView issued = documents.issue(new AwardDecision.Renderer(c.isStageGate()), decision, new Issue("award",
                c.getId() + "/" + revision, c.getBodyId(), Visibility.PUBLIC, locale,
                new Issue.IssuingBody(c.getBodyId(), body)));
        award.decisionIssued(issued.protocol());
        if (c.getPhaseNumber() == challenge.phases().get(0).number()) {
            challengeService.awarded(challenge.id(), issued.protocol());
        }
        letters.send(seat, candidates, award, names);
        return view(c, award, candidates, names);
    }

    /** The latest award of a committee, for its body's officers and members. */
    public java.util.Optional<AwardView> current(long committeeId) {
        Seat seat = access.require(committeeId);
        return latest(seat.committee());
    }

    /** What a contract is drafted from: an awarded proposal, its lead organisation and the amount awarded. */
    public record AwardedProposal(long candidateId, long proposalId, long organisationId, String applicant,
            String receiptProtocol, BigDecimal amount) {
    }

    /** The latest award of a challenge's phase as the contract area needs it. */
    public record Awarded(long committeeId, long awardId, int revision, String decisionProtocol, Instant decidedAt,
            List<AwardedProposal> winners) {
    }

    /**
     * The latest award of a challenge's phase with its winners' proposals and organisations: for the buying body's
     * officers (the contract area drafts the contracts from it); empty when the phase is not awarded. Anyone else
     * gets the answer of a committee that does not exist.
     */
    public java.util.Optional<Awarded> awarded(long challengeId, int phase) {
        java.util.Optional<Committee> committee = evaluations.committeeOf(challengeId, phase);
        if (committee.isEmpty()) {
            return java.util.Optional.empty();
        }
        Seat seat = access.require(committee.get().getId());
        if (!seat.officer()) {
            throw EvaluationAccess.notFound();
        }
        Committee c = seat.committee();
        return evaluations.awards(c.getId()).stream().findFirst().map(a -> {
            Map<Long, Candidate> byId = evaluations.candidates(c.getId()).stream()
                    .collect(Collectors.toMap(Candidate::getId, x -> x));
            Map<Long, String> names = directory.organisationNames(byId.values().stream()
                    .map(Candidate::getLeadOrganisationId).toList());
            return new Awarded(c.getId(), a.getId(), a.getRevision(), a.getDecisionProtocol(), a.getDecidedAt(),
                    a.getWinners().stream().map(w -> {
                        Candidate x = byId.get(w.getCandidateId());
                        return new AwardedProposal(x.getId(), x.getProposalId(), x.getLeadOrganisationId(),
                                names.get(x.getLeadOrganisationId()), x.getReceiptProtocol(), w.getAmount());
                    }).toList());
        });
    }

    /** The awards of a challenge, as published on its page: anyone may read them. */
    @PermitAll
    public List<AwardView> published(long challengeId) {
        return evaluations.committeesOf(challengeId).stream().map(this::latest)
                .flatMap(java.util.Optional::stream).toList();
    }

    private java.util.Optional<AwardView> latest(Committee c) {
        return evaluations.awards(c.getId()).stream().findFirst().map(a -> {
            List<Candidate> candidates = reassignment.admissible(c);
            Map<Long, String> names = directory.organisationNames(candidates.stream()
                    .map(Candidate::getLeadOrganisationId).toList());
            return view(c, a, candidates, names);
        });
    }

    private static List<Candidate> ordered(List<Candidate> candidates) {
        return candidates.stream().sorted(Candidate.BY_RANK).toList();
    }

    private static AwardView view(Committee c, Award a, List<Candidate> candidates, Map<Long, String> names) {
        Map<Long, Candidate> byId = candidates.stream().collect(Collectors.toMap(Candidate::getId, x -> x));
        Set<Long> seen = new HashSet<>();
        return new AwardView(c.getId(), c.getChallengeId(), c.getPhaseNumber(), c.isStageGate(), a.getRevision(),
                a.getReason(),
                a.getDecidedAt(), a.getDecisionProtocol(), a.getAppealUntil(),
                a.getWinners().stream().filter(w -> seen.add(w.getCandidateId())).map(w -> {
                    Candidate x = byId.get(w.getCandidateId());
                    return new AwardView.Winner(w.getCandidateId(), x.getLeadOrganisationId(),
                            names.get(x.getLeadOrganisationId()), x.getRank(),
                            x.getTotal(), w.getAmount());
                }).toList(),
                ordered(candidates).stream().filter(x -> x.getRank() != null).map(x -> new AwardView.Ranked(
                        x.getRank(), names.get(x.getLeadOrganisationId()), x.getTotal(), true)).toList());
    }
}
