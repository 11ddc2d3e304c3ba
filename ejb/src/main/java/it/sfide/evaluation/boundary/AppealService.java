package it.sfide.evaluation.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.document.boundary.PdfInspector;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.evaluation.Appeal;
import it.sfide.evaluation.AppealFile;
import it.sfide.evaluation.AppealStatus;
import it.sfide.evaluation.Award;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.control.AppealDecision;
import it.sfide.evaluation.control.EvaluationAccess;
import it.sfide.evaluation.control.EvaluationAccess.Seat;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.Links;
import it.sfide.platform.mail.Mailer;
import it.sfide.shared.Digests;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Appeals: an applicant may appeal its results once, during the appeal window, with a text and PDF files; an officer
 * of the buying body decides with a reason (a signed decision). An accepted appeal sends the proposal back to the
 * committee: its consensus is reopened, the evaluators may revise their reports, and the chair ranks again — the
 * committee report and the award are then re-issued.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class AppealService {

    static final int FILE_MAX = 10 * 1024 * 1024;

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationAccess access;

    @Inject
    DocumentIssuer documents;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    @Inject
    Clock clock;

    /** The applicant's operators appeal the results of their proposal: once, within the window. */
    @Audited(value = "evaluation.appeal", target = "proposal")
    public AppealView lodge(long proposalId, String text) {
        Actor me = directory.requirePublishingActor();
        Candidate candidate = evaluatedOf(proposalId, me);
        Award award = evaluations.awards(candidate.getCommitteeId()).stream().findFirst()
                .orElseThrow(() -> SfideException.conflict("evaluation.error.noResults"));
        if (evaluations.appealOf(candidate.getId()).isPresent()) {
            throw SfideException.conflict("evaluation.error.appealTwice");
        }
        Instant now = clock.instant();
        if (!award.appealOpen(now)) {
            throw SfideException.conflict("evaluation.error.appealClosed");
        }
        Appeal appeal = evaluations.persist(new Appeal(candidate.getCommitteeId(), candidate.getId(),
                candidate.getLeadOrganisationId(), text, me.accountId(), now));
        Committee c = evaluations.committee(candidate.getCommitteeId()).orElseThrow();
        for (Contact officer : directory.officers(c.getBodyId())) {
            mailer.send(officer.email(), officer.locale(), "appealLodged", directory.organisationName(
                    candidate.getLeadOrganisationId()), candidate.getCode(), links.committee(c.getId()));
        }
        return view(appeal, candidate);
    }

    /** A PDF attached to an appeal not yet decided, by the applicant's operators (at most five). */
    @Audited(value = "evaluation.appealFile", target = "proposal")
    public AppealView attach(long proposalId, String name, byte[] content) {
        Actor me = directory.requirePublishingActor();
        Candidate candidate = evaluatedOf(proposalId, me);
        Appeal appeal = evaluations.appealOf(candidate.getId())
                .orElseThrow(() -> SfideException.notFound("evaluation.error.noAppeal"));
        if (appeal.getStatus() != AppealStatus.LODGED) {
            throw SfideException.conflict("evaluation.error.appealDecided");
        }
        if (evaluations.appealFiles(appeal.getId()).size() >= AppealFile.MAX_FILES) {
            throw SfideException.invalid("file", "evaluation.error.appealFiles", AppealFile.MAX_FILES);
        }
        if (content == null || content.length == 0 || content.length > FILE_MAX) {
            throw SfideException.invalid("file", "evaluation.error.appealFile", FILE_MAX / (1024 * 1024));
        }
        // as a proposal's attachments: a real PDF, not encrypted, no bomb, no scripts or embedded files
        PdfInspector.inspect(content, null);
        String clean = PdfInspector.safeName(name == null || name.isBlank() ? "allegato.pdf" : name);
        evaluations.persist(new AppealFile(appeal.getId(), clean,
                Digests.sha256Hex(content), content, clock.instant()));
        return view(appeal, candidate);
    }

    /** The appeal on the caller's proposal, if any. */
    public java.util.Optional<AppealView> mine(long proposalId) {
        Actor me = directory.requireActor();
        Candidate candidate = evaluatedOf(proposalId, me);
        return evaluations.appealOf(candidate.getId()).map(a -> view(a, candidate));
    }

    /** The caller's organisation's results on its proposal, once the letters are out. */
    public ResultsView results(long proposalId) {
        Actor me = directory.requireActor();
        Candidate x = evaluatedOf(proposalId, me);
        Committee c = evaluations.committee(x.getCommitteeId()).orElseThrow();
        Award award = evaluations.awards(c.getId()).stream().findFirst()
                .orElseThrow(() -> SfideException.notFound("evaluation.error.noResults"));
        java.util.Locale locale = me.locale();
        List<ConsensusView.Line> lines = x.getConsensus().stream().map(s -> {
            var k = c.criterion(s.getCriterionNo());
            return new ConsensusView.Line(k.getNumber(), k.name(locale), k.getWeight(), s.getScore(), s.getComment(),
                    null);
        }).toList();
        String outcome = c.isStageGate() ? it.sfide.evaluation.control.ResultsLetter.stageGate(award.outcomeOf(x))
                : award.outcomeOf(x);
        var appeal = evaluations.appealOf(x.getId());
        return new ResultsView(proposalId, outcome, x.getRank(), x.getTotal(), Boolean.TRUE.equals(x.getFundable()),
                lines, x.getLetterProtocol(), award.getAppealUntil(),
                appeal.isEmpty() && award.appealOpen(clock.instant()), appeal.map(a -> view(a, x)).orElse(null));
    }

    /** The committee's appeals, for the buying body's officers. */
    public List<AppealView> ofCommittee(long committeeId) {
        Seat seat = access.require(committeeId);
        if (!seat.officer()) {
            throw EvaluationAccess.notFound();
        }
        return evaluations.appeals(committeeId).stream()
                .map(a -> view(a, evaluations.candidate(a.getCandidateId()).orElseThrow())).toList();
    }

    /** A file of an appeal, for the buying body's officers and the appellant. */
    public AppealFile file(long appealId, long fileId) {
        Actor me = directory.requireActor();
        Appeal appeal = evaluations.lockAppeal(appealId).orElseThrow(EvaluationAccess::notFound);
        Committee c = evaluations.committee(appeal.getCommitteeId()).orElseThrow();
        boolean allowed = me.isOfficerOf(c.getBodyId())
                || me.organisationId() != null && me.organisationId() == appeal.getOrganisationId();
        if (!allowed) {
            throw EvaluationAccess.notFound();
        }
        return evaluations.appealFiles(appealId).stream().filter(f -> f.getId() == fileId).findFirst()
                .orElseThrow(EvaluationAccess::notFound);
    }

    /**
     * An officer decides, with a reason; the decision is issued under the body's seal and the appellant told. An
     * accepted appeal reopens the proposal's consensus, and the committee works on it again.
     */
    @Audited(value = "evaluation.appealDecide", target = "committee")
    public AppealView decide(long committeeId, long appealId, boolean accepted, String reason) {
        Seat seat = access.lock(committeeId);
        if (!seat.officer()) {
            throw seat.member() != null ? SfideException.forbidden() : EvaluationAccess.notFound();
        }
        Appeal appeal = evaluations.lockAppeal(appealId).filter(a -> a.getCommitteeId() == committeeId)
                .orElseThrow(EvaluationAccess::notFound);
        Instant now = clock.instant();
        appeal.decide(accepted, reason, seat.me().accountId(), now);
        Candidate candidate = evaluations.lockCandidate(appeal.getCandidateId());
        String applicant = directory.organisationName(appeal.getOrganisationId());
        List<Contact> operators = directory.operators(appeal.getOrganisationId());
        java.util.Locale locale = operators.isEmpty() ? seat.me().locale() : operators.get(0).locale();
        String body = directory.organisationName(seat.committee().getBodyId());
        DocumentView decision = documents.issue(new AppealDecision.Renderer(), new AppealDecision(
                seat.challenge().title(locale), seat.challenge().ocid(), body, applicant, appeal.getLodgedAt(),
                appeal.getText(), accepted, appeal.getReason(), seat.me().fullName(), now),
                new Issue("appeal", String.valueOf(appeal.getId()), appeal.getOrganisationId(), Visibility.RESTRICTED,
                        locale, new Issue.IssuingBody(seat.committee().getBodyId(), body)));
        appeal.decisionIssued(decision.protocol());
        if (accepted) {
            candidate.reopen();
            evaluations.removeVotes(candidate.getId());
            seat.committee().reopen(now);
        }
        for (Contact op : operators) {
            mailer.send(op.email(), op.locale(), accepted ? "appealAccepted" : "appealRejected",
                    seat.challenge().title(op.locale()), appeal.getReason(), decision.protocol(),
                    links.proposal(candidate.getProposalId()));
        }
        return view(appeal, candidate);
    }

    /** The caller's organisation's evaluated proposal; anything else is not found. */
    private Candidate evaluatedOf(long proposalId, Actor me) {
        return evaluations.candidatesOfProposal(proposalId).stream()
                .filter(x -> me.organisationId() != null && x.getLeadOrganisationId() == me.organisationId()
                        && x.getLetterProtocol() != null)
                .findFirst().orElseThrow(() -> SfideException.notFound("evaluation.error.noResults"));
    }

    private AppealView view(Appeal a, Candidate x) {
        return new AppealView(a.getId(), a.getCommitteeId(), a.getCandidateId(), x.getCode(),
                directory.organisationName(a.getOrganisationId()), a.getText(), a.getLodgedAt(), a.getStatus(),
                a.getReason(), a.getDecidedAt(), a.getDecisionProtocol(), evaluations.appealFiles(a.getId()).stream()
                        .map(f -> new AppealView.File(f.getId(), f.getName(), f.getSizeBytes(), f.getSha256()))
                        .toList());
    }
}
