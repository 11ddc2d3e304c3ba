package it.sfide.evaluation.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.RankingIssued;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.control.CommitteeViews;
import it.sfide.evaluation.control.EvaluationAccess;
import it.sfide.evaluation.control.EvaluationAccess.Seat;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.evaluation.control.Ranking;
import it.sfide.evaluation.control.Reassignment;
import it.sfide.evaluation.control.ReportWriter;
import it.sfide.identity.boundary.Directory;
import it.sfide.identity.boundary.Person;
import it.sfide.platform.Links;
import it.sfide.platform.i18n.Texts;
import it.sfide.platform.mail.Mailer;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ranking and the committee report: once every proposal's consensus is final, the chair ranks them (weighted
 * totals, thresholds, the challenge's tie-break) and the committee report is issued under the body's seal, for
 * every member and the chair to sign personally. The buyer may approve the ranking only when all have signed.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class ReportService {

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationAccess access;

    @Inject
    Reassignment reassignment;

    @Inject
    ReportWriter writer;

    @Inject
    CommitteeViews views;

    @Inject
    Links links;

    @Inject
    DocumentIssuer documents;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    Event<RankingIssued> rankingIssued;

    /** The chair ranks the proposals and issues the committee report for signature. */
    @Audited(value = "evaluation.rank", target = "committee")
    public CommitteeView rank(long committeeId) {
        Seat seat = access.requireChair(committeeId, true);
        Committee c = seat.committee();
        List<Candidate> candidates = reassignment.admissible(c);
        List<String> open = candidates.stream().filter(x -> !x.isFinal()).map(Candidate::getCode).toList();
        if (!open.isEmpty() || candidates.isEmpty()) {
            throw SfideException.conflict("evaluation.error.notAllFinal", String.join(", ", open));
        }
        Map<Long, Integer> positions = Ranking.rank(candidates.stream().map(x -> ReportWriter.entry(c, x)).toList(),
                c.getTieBreak());
        candidates.forEach(x -> x.ranked(positions.get(x.getId())));
        Instant now = clock.instant();
        List<Member> signers = seat.members().stream().filter(m -> m.hasDeclared() && m.getAccountId() != null)
                .toList();
        DocumentView report = writer.issue(seat, candidates, signers);
        for (Member m : signers) {
            documents.requestSignature(report.protocol(), m.getAccountId(), Texts.get(seat.me().locale(),
                    m.isChair() ? "evaluation.report.chairRole" : "evaluation.report.memberRole"));
        }
        c.reported(report.protocol(), now);
        rankingIssued.fire(new RankingIssued(c.getChallengeId()));
        Map<Long, Person> people = directory.people(signers.stream().map(Member::getAccountId).toList()).stream()
                .collect(Collectors.toMap(Person::accountId, p -> p));
        for (Member m : signers) {
            Person p = people.get(m.getAccountId());
            if (p != null) {
                mailer.send(p.email(), p.locale(), "committeeReportToSign", seat.challenge().title(p.locale()),
                        report.protocol(), links.signatures());
            }
        }
        return views.view(access.require(committeeId));
    }

    /** Who has still to sign the committee report (names); empty once all signed. */
    public List<String> unsigned(long committeeId) {
        Seat seat = access.require(committeeId);
        String protocol = seat.committee().getReportProtocol();
        if (protocol == null) {
            return List.of();
        }
        List<Long> waiting = documents.unsigned(protocol);
        return seat.members().stream().filter(m -> m.getAccountId() != null && waiting.contains(m.getAccountId()))
                .map(Member::getDisplayName).toList();
    }
}
