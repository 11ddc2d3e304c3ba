package it.sfide.evaluation.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeService;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentSigning;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.Conflict;
import it.sfide.evaluation.ConflictSource;
import it.sfide.evaluation.EvaluationCriterion;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.MemberStatus;
import it.sfide.evaluation.control.CommitteeAppointment;
import it.sfide.evaluation.control.CommitteeViews;
import it.sfide.evaluation.control.ConflictDeclaration;
import it.sfide.evaluation.control.EvaluationAccess;
import it.sfide.evaluation.control.EvaluationAccess.Seat;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.evaluation.control.Reassignment;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.identity.boundary.ExpertInvitationService;
import it.sfide.identity.boundary.Person;
import it.sfide.platform.Links;
import it.sfide.platform.i18n.Texts;
import it.sfide.platform.mail.Mailer;
import it.sfide.proposal.boundary.Applicant;
import it.sfide.proposal.boundary.OpenedProposals;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Committees: appointed by the buying body's officers after a phase's opening (members by account, external
 * experts by e-mail, one chair; the appointment is issued under the body's seal), and each member's
 * conflict-of-interest declaration, signed personally before they see anything of the proposals. Sfide finds
 * conflicts itself and they stand whatever the member declares. A member may recuse from a proposal later, with a
 * reason; their work on it is reassigned.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class CommitteeService {

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationAccess access;

    @Inject
    CommitteeViews views;

    @Inject
    Directory directory;

    @Inject
    ChallengeService challengeService;

    @Inject
    OpenedProposals opened;

    @Inject
    ExpertInvitationService experts;

    @Inject
    DocumentIssuer documents;

    @Inject
    DocumentSigning signing;

    @Inject
    Reassignment reassignment;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    @Inject
    Clock clock;

    /**
     * Appoints the committee of an opened phase: the chair, the members (any organisation, never a platform
     * admin), experts invited by e-mail; at least as many evaluators as each proposal needs. Issues the signed
     * appointment and tells every member.
     */
    @Audited(value = "committee.appoint", target = "challenge")
    public CommitteeView appoint(long challengeId, int phase, AppointmentForm form) {
        Actor me = directory.requirePublishingActor();
        ChallengeView challenge = views.challenge(challengeId);
        if (!me.isOfficerOf(challenge.buyerId())) {
            throw SfideException.forbidden();
        }
        challenge.phase(phase).orElseThrow(() -> SfideException.notFound("challenge.error.noSuchPhase"));
        if (!opened.opened(challengeId, phase)) {
            throw SfideException.conflict("evaluation.error.notOpened");
        }
        if (evaluations.committeeOf(challengeId, phase).isPresent()) {
            throw SfideException.conflict("evaluation.error.alreadyAppointed");
        }
        var rules = form.rules().checked();
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        problems.check(form.chairAccountId() != null, "chairAccountId", "evaluation.error.chairRequired");
        Set<Long> accounts = new LinkedHashSet<>(form.memberAccountIds());
        problems.check(form.chairAccountId() == null || !accounts.contains(form.chairAccountId()),
                "memberAccountIds", "evaluation.error.chairIsMember");
        List<Long> everyone = new ArrayList<>(accounts);
        if (form.chairAccountId() != null) {
            everyone.add(0, form.chairAccountId());
        }
        Map<Long, Person> people = directory.people(everyone).stream()
                .collect(Collectors.toMap(Person::accountId, Function.identity()));
        problems.check(everyone.stream().allMatch(id -> people.containsKey(id)
                && people.get(id).role() != Role.ADMIN), "memberAccountIds", "evaluation.error.unknownMember");
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < form.experts().size(); i++) {
            AppointmentForm.Expert e = form.experts().get(i);
            problems.check(e.email() != null && emails.add(e.email().strip().toLowerCase(Locale.ROOT)),
                    "experts[" + i + "].email", "evaluation.error.expertTwice");
        }
        problems.check(accounts.size() + form.experts().size() >= rules.evaluatorsPerProposal(), "memberAccountIds",
                "evaluation.error.tooFewMembers", rules.evaluatorsPerProposal());
        problems.throwIfAny();
        List<Applicant> applicants = opened.applicants(challengeId, phase);
        if (applicants.isEmpty()) {
            throw SfideException.conflict("evaluation.error.noProposals");
        }

        Instant now = clock.instant();
        List<EvaluationCriterion> criteria = new ArrayList<>();
        List<ChallengeView.CriterionView> judgedBy = challenge.criteriaOf(phase);
        for (int i = 0; i < judgedBy.size(); i++) {
            ChallengeView.CriterionView k = judgedBy.get(i);
            criteria.add(new EvaluationCriterion(i + 1, k.nameIt(), k.nameEn(), k.weight(), k.threshold()));
        }
        Committee committee = evaluations.persist(new Committee(challengeId, phase, challenge.buyerId(), criteria,
                challenge.overallThreshold(), challenge.tieBreak(), challenge.blindReview(), rules, me.accountId(),
                now));
        long id = committee.getId();
        List<Member> members = new ArrayList<>();
        members.add(evaluations.persist(Member.appointed(id, form.chairAccountId(),
                people.get(form.chairAccountId()).fullName(), true)));
        for (Long account : accounts) {
            members.add(evaluations.persist(Member.appointed(id, account, people.get(account).fullName(), false)));
        }
        for (AppointmentForm.Expert e : form.experts()) {
            long invitation = experts.invite(e.email(), e.fullName(), me.locale(),
                    challenge.title(me.locale()) + " — " + directory.organisationName(challenge.buyerId()));
            members.add(evaluations.persist(Member.invited(id, invitation, e.fullName(), false)));
        }
        int n = 0;
        for (Applicant a : applicants) {
            evaluations.persist(new Candidate(id, a.proposalId(), Candidate.code(++n), a.leadOrganisationId(),
                    a.receiptProtocol(), a.submittedAt()));
        }
        challengeService.evaluationStarted(challengeId);

        String body = directory.organisationName(challenge.buyerId());
        DocumentView appointment = documents.issue(new CommitteeAppointment.Renderer(), new CommitteeAppointment(
                challenge.title(me.locale()), challenge.ocid(), phase, body, me.fullName(), now,
                committee.isBlind(), members.stream().map(m -> new CommitteeAppointment.Member(m.getDisplayName(),
                        m.getAccountId() == null ? null : people.get(m.getAccountId()).organisationName(),
                        m.isChair())).toList(),
                criteria.stream().map(k -> new CommitteeAppointment.CriterionLine(k.name(me.locale()), k.getWeight(),
                        k.getThreshold())).toList(), committee.getOverallThreshold(),
                "0–" + rules.scaleMax().stripTrailingZeros().toPlainString() + ", "
                        + rules.scaleStep().toPlainString(),
                rules.evaluatorsPerProposal(), rules.minCommentLength(), rules.appealDays()),
                new Issue("committee", String.valueOf(id), challenge.buyerId(), Visibility.RESTRICTED,
                        me.locale(), new Issue.IssuingBody(challenge.buyerId(), body)));
        committee.appointmentIssued(appointment.protocol());
        for (Member m : members) {
            if (m.getAccountId() != null) {
                Person p = people.get(m.getAccountId());
                mailer.send(p.email(), p.locale(), m.isChair() ? "committeeChair" : "committeeMember",
                        challenge.title(p.locale()), phase, body, links.committee(id));
            }
        }
        return views.view(access.require(id));
    }

    /** A person an officer may appoint, as the appointment form offers them. */
    public record Nominee(long accountId, String fullName, Role role, String organisationName) {
    }

    /**
     * People a buyer officer may appoint to a committee (buyers, operators and evaluators, never platform admins),
     * found by name, username or e-mail; only for buyer officers of a verified public body.
     */
    public List<Nominee> nominees(String query) {
        Actor me = directory.requirePublishingActor();
        if (me.role() != Role.BUYER || !me.publicBody()) {
            throw SfideException.forbidden();
        }
        return directory.searchPeople(query, 20).stream().map(p -> new Nominee(p.accountId(), p.fullName(), p.role(),
                p.organisationName())).toList();
    }

    /**
     * For a blind challenge, where the committee's proposals name their applicant or a partner (sections, file names,
     * file text, PDF metadata): for the chair, who warns evaluators or asks the buyer to act, and the body's
     * officers. Reads every file, so it runs when asked.
     */
    @Audited(value = "evaluation.anonymityCheck", target = "committee")
    public List<AnonymityWarning> anonymity(long committeeId) {
        Seat seat = access.require(committeeId);
        if (!seat.officer() && !(seat.chair() && seat.declared())) {
            throw EvaluationAccess.notFound();
        }
        Committee c = seat.committee();
        Map<Long, Applicant> applicants = opened.applicants(c.getChallengeId(), c.getPhaseNumber()).stream()
                .collect(Collectors.toMap(Applicant::proposalId, a -> a));
        List<AnonymityWarning> warnings = new ArrayList<>();
        for (Candidate x : evaluations.candidates(committeeId)) {
            Applicant a = applicants.get(x.getProposalId());
            if (a == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(a.leadName());
            a.partners().forEach(p -> names.add(p.name()));
            for (OpenedProposals.Mention m : opened.mentions(x.getProposalId(), names)) {
                warnings.add(new AnonymityWarning(x.getId(), x.getCode(), m.where(), m.fileNo(),
                        seat.officer() ? List.copyOf(m.names()) : List.of()));
            }
        }
        return warnings;
    }

    /** The committee, as the caller may see it (officers of the body and members only; others: not found). */
    public CommitteeView get(long committeeId) {
        return views.view(access.require(committeeId));
    }

    /** The committee of a challenge's phase, for an officer of its body or a member; empty when none. */
    public java.util.Optional<CommitteeView> ofPhase(long challengeId, int phase) {
        return evaluations.committeeOf(challengeId, phase).flatMap(c -> {
            try {
                return java.util.Optional.of(views.view(access.require(c.getId())));
            } catch (SfideException e) {
                return java.util.Optional.empty();
            }
        });
    }

    /** The caller's seats on committees, newest first: what each asks of them now. */
    public List<SeatView> mySeats() {
        Actor me = directory.requireActor();
        return views.seats(me);
    }

    /** What the member reads before declaring: the applicants and the conflicts Sfide found. */
    public DeclarationForm declarationForm(long committeeId) {
        Seat seat = access.require(committeeId);
        if (seat.member() == null || seat.member().getStatus() == MemberStatus.RECUSED) {
            throw EvaluationAccess.notFound();
        }
        List<Applicant> applicants = views.applicants(seat.committee());
        return views.declarationForm(seat, views.detect(seat.committee(), seat.member(), applicants), applicants);
    }

    /**
     * Signs the member's declaration with their password: the conflicts found and those declared are recorded, the
     * declaration is issued and signed personally. From now on the member may be assigned proposals they have no
     * conflict with.
     */
    @Audited(value = "committee.declare", target = "committee")
    public DeclarationForm declare(long committeeId, List<DeclarationForm.Declared> declared, String password) {
        Seat seat = access.lock(committeeId);
        Member member = seat.member();
        if (member == null || member.getStatus() == MemberStatus.RECUSED) {
            throw EvaluationAccess.notFound();
        }
        seat.committee().requireOpenToWork();
        if (member.hasDeclared()) {
            throw SfideException.conflict("evaluation.error.alreadyDeclared");
        }
        if (password == null || password.isEmpty()) {
            throw SfideException.invalid("password", "error.signature.passwordRequired");
        }
        List<Candidate> candidates = evaluations.candidates(committeeId);
        Set<Long> ids = candidates.stream().map(Candidate::getId).collect(Collectors.toSet());
        Map<Long, String> statements = new java.util.HashMap<>();
        for (DeclarationForm.Declared d : declared == null ? List.<DeclarationForm.Declared>of() : declared) {
            if (!ids.contains(d.candidateId())) {
                throw SfideException.invalid("conflicts", "evaluation.error.noSuchCandidate");
            }
            if (d.statement() == null || d.statement().isBlank()) {
                throw SfideException.invalid("conflicts[" + d.candidateId() + "]",
                        "evaluation.error.statementRequired");
            }
            statements.put(d.candidateId(), d.statement().strip());
        }
        Instant now = clock.instant();
        List<Applicant> applicants = views.applicants(seat.committee());
        List<CommitteeViews.Detected> detected = views.detect(seat.committee(), member, applicants);
        for (CommitteeViews.Detected f : detected) {
            evaluations.persist(new Conflict(committeeId, member.getId(), f.candidateId(), f.source(), f.detail(),
                    now));
        }
        statements.forEach((candidate, text) -> evaluations.persist(new Conflict(committeeId, member.getId(),
                candidate, ConflictSource.DECLARED, text, now)));

        DeclarationForm form = views.declarationForm(seat, detected, applicants);
        Locale locale = seat.me().locale();
        DocumentView declaration = documents.issue(new ConflictDeclaration.Renderer(), new ConflictDeclaration(
                seat.challenge().title(locale), seat.challenge().ocid(), seat.committee().getPhaseNumber(),
                member.getDisplayName(), member.isChair(), now, form.applicants().stream()
                        .map(l -> new ConflictDeclaration.Applicant(l.label(),
                                !l.detected().isEmpty() || statements.containsKey(l.candidateId()),
                                l.detected().isEmpty() ? null : String.join("; ", l.detected()),
                                statements.get(l.candidateId()))).toList()),
                new Issue("committee-member", String.valueOf(member.getId()), seat.committee().getBodyId(),
                        Visibility.RESTRICTED, locale));
        long request = documents.requestSignature(declaration.protocol(), seat.me().accountId(),
                Texts.get(locale, "evaluation.declaration.signerRole"));
        signing.sign(request, password);
        member.declared(declaration.protocol(), now);
        if (seat.committee().getStatus() != it.sfide.evaluation.CommitteeStatus.APPOINTED) {
            reassignment.fill(seat.committee(), now);
        }
        return views.declarationForm(access.require(committeeId), detected, applicants);
    }

    /**
     * A member recuses from one proposal (a conflict that arose later), with a reason: the conflict is recorded,
     * their work on it is withdrawn and reassigned.
     */
    @Audited(value = "committee.recuse", target = "committee")
    public CommitteeView recuse(long committeeId, long candidateId, String reason) {
        Seat seat = access.lock(committeeId);
        if (!seat.declared()) {
            throw seat.member() == null ? EvaluationAccess.notFound()
                    : SfideException.conflict("evaluation.error.declareFirst");
        }
        seat.committee().requireOpenToWork();
        if (reason == null || reason.isBlank()) {
            throw SfideException.invalid("reason", "evaluation.error.reasonRequired");
        }
        Candidate candidate = evaluations.candidate(candidateId)
                .filter(c -> c.getCommitteeId() == committeeId).orElseThrow(EvaluationAccess::notFound);
        Instant now = clock.instant();
        evaluations.persist(new Conflict(committeeId, seat.member().getId(), candidate.getId(),
                ConflictSource.RECUSAL, reason, now));
        evaluations.assignment(seat.member().getId(), candidate.getId()).ifPresent(a -> a.withdraw(now));
        reassignment.tell(seat, reassignment.fill(seat.committee(), now).added());
        return views.view(access.require(committeeId));
    }

    /**
     * A member (never the chair) leaves the committee, with a reason, before or after the declaration: every piece
     * of their work is withdrawn, reports submitted included, and reassigned within the rules; the chair is told.
     * From then on the committee shows them as recused, and they see nothing of it but its page.
     */
    @Audited(value = "committee.leave", target = "committee")
    public CommitteeView leave(long committeeId, String reason) {
        Seat seat = access.lock(committeeId);
        Member member = seat.member();
        if (member == null || member.getStatus() == MemberStatus.RECUSED || member.getStatus() == MemberStatus.INVITED) {
            throw EvaluationAccess.notFound();
        }
        seat.committee().requireOpenToWork();
        Instant now = clock.instant();
        member.recuse(reason, now);
        evaluations.assignments(committeeId).stream().filter(a -> a.getMemberId() == member.getId()
                && a.getStatus().isActive()).forEach(a -> a.withdraw(now));
        reassignment.tell(seat, reassignment.fill(seat.committee(), now).added());
        List<Long> chairs = seat.members().stream().filter(Member::isChair).map(Member::getAccountId)
                .filter(java.util.Objects::nonNull).toList();
        for (Person p : directory.people(chairs)) {
            mailer.send(p.email(), p.locale(), "memberLeft", member.getDisplayName(),
                    seat.challenge().title(p.locale()), member.getRecusalReason(), links.committee(committeeId));
        }
        return views.view(access.require(committeeId));
    }
}
