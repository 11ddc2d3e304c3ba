package it.sfide.proposal.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.Links;
import it.sfide.platform.mail.Mailer;
import it.sfide.proposal.Opening;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.ProposalStatus;
import it.sfide.proposal.Submission;
import it.sfide.proposal.SubmittedFile;
import it.sfide.proposal.control.FormCodec;
import it.sfide.proposal.control.OpeningMinutes;
import it.sfide.proposal.control.Openings;
import it.sfide.proposal.control.Proposals;
import it.sfide.proposal.control.ReceiptIssuer;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The opening of a phase's submissions by the buying body's officers, and what follows: before the deadline they
 * see at most how many proposals were submitted (when the challenge allows it), never what they hold. After the
 * deadline one officer asks for the opening and another confirms it (four eyes); only then is the phase's key
 * unwrapped, every current submission decrypted and checked against its hashes, and the minutes issued under the
 * body's seal. Every read of opened content is audited. Officers then decide admissibility, with a reason the
 * operator is told.
 */
@Stateless
@RolesAllowed(Role.BUYER_NAME)
public class OpeningService {

    @Inject
    Links links;

    @Inject
    Openings openings;

    @Inject
    Proposals proposals;

    @Inject
    ReceiptIssuer receipts;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    Directory directory;

    @Inject
    DocumentIssuer documents;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** A file of an opened proposal. */
    public record FileContent(String name, byte[] content) {
    }

    public OpeningView status(long challengeId, int phase) {
        Actor me = directory.requireActor();
        ChallengeView challenge = requireBuyerOfficer(challengeId, me);
        return view(challenge, phase, me);
    }

    /** An officer asks for the opening, once the phase's deadline has passed. */
    @Audited(value = "opening.request", target = "challenge")
    public OpeningView request(long challengeId, int phase) {
        Actor me = directory.requireActor();
        ChallengeView challenge = requireBuyerOfficer(challengeId, me);
        ChallengeView.PhaseView p = requirePhase(challenge, phase);
        if (openings.find(challengeId, phase).isPresent()) {
            throw SfideException.conflict("opening.error.alreadyRequested");
        }
        openings.persist(new Opening(challengeId, phase, p.closesAt(), me.accountId(), clock.instant()));
        for (Contact c : directory.officers(challenge.buyerId())) {
            if (c.accountId() != me.accountId()) {
                mailer.send(c.email(), c.locale(), "openingRequested", challenge.title(c.locale()), phase,
                        me.fullName(), links.opening(challengeId, phase));
            }
        }
        return view(challenge, phase, me);
    }

    /**
     * A second officer confirms: the key is unwrapped, every current submission is decrypted and checked against
     * its hashes and marked opened, and the minutes are issued under the body's seal.
     */
    @Audited(value = "opening.confirm", target = "challenge")
    public OpeningView confirm(long challengeId, int phase) {
        Actor me = directory.requireActor();
        ChallengeView challenge = requireBuyerOfficer(challengeId, me);
        ChallengeView.PhaseView p = requirePhase(challenge, phase);
        Opening opening = openings.lock(challengeId, phase)
                .orElseThrow(() -> SfideException.conflict("opening.error.notRequested"));
        Instant now = clock.instant();
        opening.confirm(me.accountId(), now);
        List<Proposal> all = proposals.ofPhase(challengeId, phase);
        List<Proposal> submitted = all.stream().filter(x -> x.getCurrentSubmissionId() != null).toList();
        long withdrawn = all.stream().filter(x -> x.getStatus() == ProposalStatus.WITHDRAWN).count();
        List<OpeningMinutes.Entry> entries = new ArrayList<>();
        if (!submitted.isEmpty()) {
            Openings.UnwrappedKey key = openings.key(opening, now);
            Map<Long, String> names = directory.organisationNames(submitted.stream()
                    .map(Proposal::getLeadOrganisationId).toList());
            for (Proposal x : submitted) {
                Submission s = proposals.submission(x.getCurrentSubmissionId()).orElseThrow();
                String protocol = s.getReceiptProtocol() != null ? s.getReceiptProtocol() : receipts.issue(s.getId());
                entries.add(new OpeningMinutes.Entry(names.get(x.getLeadOrganisationId()), protocol, s,
                        openings.verify(s, key)));
                x.opened(now);
            }
        }
        Map<Long, String> people = directory.displayNames(List.of(opening.getRequestedBy(), me.accountId()));
        String body = directory.organisationName(challenge.buyerId());
        DocumentView minutes = documents.issue(new OpeningMinutes.Renderer(), new OpeningMinutes(
                challenge.title(me.locale()), challenge.ocid(), body, opening, p.closesAt(),
                people.get(opening.getRequestedBy()), people.get(me.accountId()), entries, (int) withdrawn),
                new Issue("opening", challengeId + "/" + phase, challenge.buyerId(), Visibility.RESTRICTED,
                        me.locale(), new Issue.IssuingBody(challenge.buyerId(), body)));
        opening.minutes(minutes.protocol());
        return view(challenge, phase, me);
    }

    /** An opened proposal's content: the sections, the consortium and the list of files. Audited. */
    @Audited(value = "proposal.read", target = "proposal")
    public OpenedProposalView read(long proposalId) {
        Actor me = directory.requireActor();
        Opened o = requireOpened(proposalId, me);
        FormCodec.Opened form = FormCodec.open(openings.form(o.submission(), key(o)));
        List<OpenedProposalView.OpenedFile> files = new ArrayList<>();
        List<FormCodec.FileEntry> entries = form.files();
        for (int i = 0; i < entries.size(); i++) {
            FormCodec.FileEntry f = entries.get(i);
            files.add(new OpenedProposalView.OpenedFile(i + 1, f.name(), f.sizeBytes(), f.pages(), f.sha256()));
        }
        Proposal p = o.proposal();
        return new OpenedProposalView(p.getId(), p.getChallengeId(), p.getPhaseNumber(),
                directory.organisationName(p.getLeadOrganisationId()), p.getStatus(), p.getStatusReason(),
                o.submission().getReceiptProtocol(), o.submission().getSubmittedAt(), o.submission().getFormSha256(),
                form.sections(), form.consortium().stream()
                        .map(m -> new OpenedProposalView.Member(m.organisationName(), m.role(), m.budgetShare()))
                        .toList(), files);
    }

    /** A file of an opened proposal, decrypted. Audited. */
    @Audited(value = "proposal.readFile", target = "proposal")
    public FileContent file(long proposalId, int fileNo) {
        Actor me = directory.requireActor();
        Opened o = requireOpened(proposalId, me);
        SubmittedFile f = o.submission().getFiles().stream().filter(x -> x.getFileNo() == fileNo).findFirst()
                .orElseThrow(() -> SfideException.notFound("proposal.error.attachmentNotFound"));
        Openings.UnwrappedKey key = key(o);
        String name = FormCodec.open(openings.form(o.submission(), key)).files().get(fileNo - 1).name();
        try (InputStream in = openings.file(f, key)) {
            return new FileContent(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks an opened proposal admissible or not (a reason is required for inadmissible); the lead is told. */
    @Audited(value = "proposal.admissibility", target = "proposal")
    public OpeningView.OpenedSummary decide(long proposalId, boolean admissible, String reason) {
        Actor me = directory.requireActor();
        Opened o = requireOpened(proposalId, me);
        Proposal p = o.proposal();
        p.decideAdmissibility(admissible, reason, me.accountId(), clock.instant());
        ChallengeView challenge = o.challenge();
        for (Contact c : directory.operators(p.getLeadOrganisationId())) {
            mailer.send(c.email(), c.locale(), admissible ? "proposalAdmissible" : "proposalInadmissible",
                    challenge.title(c.locale()), o.submission().getReceiptProtocol(),
                    p.getStatusReason() == null ? "" : p.getStatusReason(),
                    links.proposal(p.getId()));
        }
        return summary(p, o.submission(), directory.organisationName(p.getLeadOrganisationId()));
    }

    private record Opened(Proposal proposal, Submission submission, ChallengeView challenge, Opening opening) {
    }

    /** The phase's key, unwrapped only for what reads the content. */
    private Openings.UnwrappedKey key(Opened o) {
        return openings.key(o.opening(), clock.instant());
    }

    /**
     * An opened proposal of a challenge of the caller's body; anything else is not found, with one and the same
     * answer: before the opening a submitted proposal must not be told from a draft, a withdrawn or a missing one,
     * or enumerating ids would count the bids the challenge keeps hidden.
     */
    private Opened requireOpened(long proposalId, Actor me) {
        Proposal p = proposals.find(proposalId).orElse(null);
        ChallengeView challenge = p == null ? null : challenges.get(p.getChallengeId());
        Opening opening = challenge == null || !me.isOfficerOf(challenge.buyerId())
                || p.getCurrentSubmissionId() == null ? null : openings.confirmedFor(p).orElse(null);
        if (opening == null) {
            throw SfideException.notFound("proposal.error.notFound");
        }
        Submission s = proposals.submission(p.getCurrentSubmissionId()).orElseThrow();
        return new Opened(p, s, challenge, opening);
    }

    private ChallengeView requireBuyerOfficer(long challengeId, Actor me) {
        ChallengeView challenge = challenges.get(challengeId);
        if (!me.isOfficerOf(challenge.buyerId())) {
            throw SfideException.forbidden();
        }
        return challenge;
    }

    private static ChallengeView.PhaseView requirePhase(ChallengeView challenge, int phase) {
        return challenge.phase(phase).orElseThrow(() -> SfideException.notFound("challenge.error.noSuchPhase"));
    }

    private OpeningView view(ChallengeView challenge, int phase, Actor me) {
        ChallengeView.PhaseView p = requirePhase(challenge, phase);
        Instant now = clock.instant();
        boolean afterDeadline = !now.isBefore(p.closesAt());
        Long count = afterDeadline || challenge.submissionCountVisible()
                ? proposals.submitted(challenge.id(), phase) : null;
        Opening opening = openings.find(challenge.id(), phase).orElse(null);
        List<OpeningView.OpenedSummary> opened = List.of();
        if (opening != null && opening.isConfirmed()) {
            List<Proposal> list = proposals.ofPhase(challenge.id(), phase).stream()
                    .filter(x -> x.getCurrentSubmissionId() != null).toList();
            Map<Long, String> names = directory.organisationNames(list.stream().map(Proposal::getLeadOrganisationId)
                    .toList());
            Map<Long, Submission> current = proposals.submissions(list.stream()
                    .map(Proposal::getCurrentSubmissionId).toList());
            opened = list.stream().map(x -> summary(x, current.get(x.getCurrentSubmissionId()),
                    names.get(x.getLeadOrganisationId()))).toList();
            count = (long) opened.size();
        }
        Map<Long, String> people = opening == null ? Map.of() : directory.displayNames(
                opening.getConfirmedBy() == null ? List.of(opening.getRequestedBy())
                        : List.of(opening.getRequestedBy(), opening.getConfirmedBy()));
        return new OpeningView(challenge.id(), phase, p.closesAt(), count,
                opening == null ? null : people.get(opening.getRequestedBy()),
                opening == null ? null : opening.getRequestedAt(),
                opening == null || opening.getConfirmedBy() == null ? null : people.get(opening.getConfirmedBy()),
                opening == null ? null : opening.getConfirmedAt(),
                opening == null ? null : opening.getMinutesProtocol(),
                opening == null || opening.getMinutesProtocol() == null ? null
                        : DocumentView.downloadPath(opening.getMinutesProtocol()),
                opening == null && afterDeadline,
                opening != null && !opening.isConfirmed() && opening.getRequestedBy() != me.accountId(), opened,
                count == null ? null : timeline(challenge.id(), p, now));
    }

    /** How many days the submissions chart shows at most: the last ones before the deadline (or today). */
    static final int TIMELINE_DAYS = 21;

    /**
     * Submissions per day (Rome time), from the first day with one (at most {@link #TIMELINE_DAYS} before the
     * end) to the deadline's day or today, whichever comes first; shown only where the count is.
     */
    private it.sfide.shared.Chart timeline(long challengeId, ChallengeView.PhaseView phase, Instant now) {
        java.time.ZoneId rome = java.time.ZoneId.of("Europe/Rome");
        Map<java.time.LocalDate, Long> perDay = new java.util.TreeMap<>();
        for (Instant at : proposals.submissionTimes(challengeId, phase.number())) {
            perDay.merge(at.atZone(rome).toLocalDate(), 1L, Long::sum);
        }
        java.time.LocalDate last = (now.isBefore(phase.closesAt()) ? now : phase.closesAt()).atZone(rome)
                .toLocalDate();
        java.time.LocalDate first = perDay.isEmpty() ? last : ((java.util.TreeMap<java.time.LocalDate, Long>) perDay)
                .firstKey();
        if (first.isBefore(last.minusDays(TIMELINE_DAYS - 1))) {
            first = last.minusDays(TIMELINE_DAYS - 1);
        }
        java.time.format.DateTimeFormatter label = java.time.format.DateTimeFormatter.ofPattern("dd/MM");
        List<it.sfide.shared.Chart.Bar> bars = new ArrayList<>();
        for (java.time.LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            bars.add(new it.sfide.shared.Chart.Bar(null, day.format(label), perDay.getOrDefault(day, 0L), 0));
        }
        return new it.sfide.shared.Chart("submissionsPerDay", bars);
    }

    private static OpeningView.OpenedSummary summary(Proposal x, Submission s, String leadName) {
        return new OpeningView.OpenedSummary(x.getId(), leadName, s.getReceiptProtocol(), s.getSubmittedAt(),
                x.getStatus(), x.getStatusReason());
    }
}
