package it.sfide.contract.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.ExecutionCompleted;
import it.sfide.contract.Contract;
import it.sfide.contract.ContractStatus;
import it.sfide.contract.Milestone;
import it.sfide.contract.Payment;
import it.sfide.contract.control.CompletionCertificate;
import it.sfide.contract.control.ContractAccess;
import it.sfide.contract.control.ContractAccess.Party;
import it.sfide.contract.control.ContractMail;
import it.sfide.contract.control.ContractViews;
import it.sfide.contract.control.Contracts;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The end of a contract: once every milestone is accepted, an officer of the buying body completes it with a
 * completion certificate sealed by the body. When the last contract of the challenge's last phase is completed
 * (and every earlier one was), the challenge is COMPLETED.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME})
public class CompletionService {

    /** The longest remarks on a completion certificate. */
    public static final int REMARKS_MAX = 2000;

    @Inject
    Contracts contracts;

    @Inject
    ContractAccess access;

    @Inject
    ContractViews views;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    DocumentIssuer documents;

    @Inject
    Directory directory;

    @Inject
    ContractMail mail;

    @Inject
    Event<ExecutionCompleted> completed;

    @Inject
    Clock clock;

    /**
     * An officer of the buying body completes the contract in force whose milestones are all accepted, with optional
     * remarks (at most {@value #REMARKS_MAX} characters): the completion certificate is issued and both parties are
     * told. Refused, changing nothing, while a milestone is open or the contract is not in force.
     */
    @Audited(value = "contract.complete", target = "contract")
    public ContractView complete(long id, String remarks) {
        Party p = access.requireOfficer(id);
        Contract c = p.contract();
        String text = remarks == null || remarks.isBlank() ? null : remarks.strip();
        if (text != null && text.length() > REMARKS_MAX) {
            throw SfideException.invalid("remarks", "contract.error.tooLong", REMARKS_MAX);
        }
        c.requireCompletable();
        Instant now = clock.instant();
        Locale locale = p.me().locale();
        ChallengeView challenge = challenges.get(c.getChallengeId());
        String body = directory.organisationName(c.getBodyId());
        BigDecimal paid = contracts.payments(c.getId()).stream().map(Payment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CompletionCertificate.Line> lines = c.getMilestones().stream().map((Milestone m) ->
                new CompletionCertificate.Line(m.getNumber(), m.getTitle(), m.getAmount(), m.getAcceptanceProtocol(),
                        m.getDecidedAt())).toList();
        CompletionCertificate record = new CompletionCertificate(c.getCode(), c.getProtocol(), challenge.title(locale),
                challenge.ocid(), c.getPhaseNumber(), body, directory.organisationName(c.getOperatorId()),
                c.getObjectText(), c.getValue(), c.getStartsOn(), c.getEndsOn(), lines, paid, text, p.me().fullName(),
                now);
        DocumentView issued = documents.issue(new CompletionCertificate.Renderer(), record, new Issue("contract",
                String.valueOf(c.getId()), c.getBodyId(), Visibility.RESTRICTED, locale,
                new Issue.IssuingBody(c.getBodyId(), body)));
        c.complete(p.me().accountId(), issued.protocol(), now);
        mail.toBoth(c, "contractCompleted", l -> new Object[] {c.getCode(), challenge.title(l), issued.protocol()});
        int lastPhase = challenge.phases().stream().mapToInt(ChallengeView.PhaseView::number).max()
                .orElse(c.getPhaseNumber());
        List<Contract> all = contracts.ofChallenge(c.getChallengeId());
        if (c.getPhaseNumber() >= lastPhase
                && all.stream().allMatch(x -> x.getStatus() == ContractStatus.COMPLETED)) {
            completed.fire(new ExecutionCompleted(c.getChallengeId()));
        }
        return views.view(p);
    }
}
