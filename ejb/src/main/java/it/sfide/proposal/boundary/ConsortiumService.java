package it.sfide.proposal.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.Links;
import it.sfide.platform.mail.Mailer;
import it.sfide.proposal.Partner;
import it.sfide.proposal.PartnerStatus;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.control.DraftWriter;
import it.sfide.proposal.control.FormCodec;
import it.sfide.proposal.control.ProposalAccess;
import it.sfide.proposal.control.ProposalViews;
import it.sfide.proposal.control.Proposals;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Consortia: the lead invites verified operator organisations as partners with a role and a budget share; each
 * partner accepts or declines once (a change of terms asks again); the lead may remove a partner. Everything while
 * the phase is open. Partners' operators are told by e-mail.
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
public class ConsortiumService {

    @Inject
    Links links;

    @Inject
    Proposals proposals;

    @Inject
    ProposalAccess access;

    @Inject
    ProposalViews views;

    @Inject
    DraftWriter writer;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** An invitation as the partner sees it: which proposal, by whom, with what role and share. */
    public record Invitation(long proposalId, String challengeTitleIt, String challengeTitleEn,
            String leadOrganisationName, String role, BigDecimal budgetShare, PartnerStatus status,
            Instant invitedAt) {
    }

    /** An organisation that may be invited. */
    public record Candidate(long id, String name) {
    }

    /** The verified operator organisations other than the caller's, by name: who may be invited. */
    public List<Candidate> candidates() {
        Actor me = access.requireVerifiedOperator();
        return directory.verifiedOperators().stream().filter(o -> o.id() != me.organisationId())
                .map(o -> new Candidate(o.id(), o.name())).toList();
    }

    /** Invites a partner, or changes a partner's role and share (it then confirms again). */
    @Audited(value = "proposal.invitePartner", target = "proposal")
    public List<PartnerView> invite(long proposalId, long organisationId, String role, BigDecimal budgetShare) {
        Actor me = access.requireVerifiedOperator();
        Proposal p = access.requireLead(access.requireMember(proposalId, me), me);
        ChallengeView challenge = access.challengeOf(p);
        Instant now = clock.instant();
        access.requireOpenPhase(challenge, p.getPhaseNumber(), now);
        if (organisationId == p.getLeadOrganisationId()) {
            throw SfideException.invalid("organisationId", "proposal.error.partnerIsLead");
        }
        String partnerName = directory.requireVerifiedOperator(organisationId);
        String cleanRole = role == null ? "" : role.strip();
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        problems.check(!cleanRole.isEmpty(), "role", "error.required");
        problems.check(cleanRole.length() <= 200, "role", "error.tooLong", 200);
        problems.check(budgetShare != null && budgetShare.signum() >= 0 && budgetShare.compareTo(BigDecimal
                .valueOf(100)) < 0 && budgetShare.scale() <= 2, "budgetShare", "proposal.error.share");
        problems.throwIfAny();
        writer.invite(p, organisationId, cleanRole, budgetShare, me.accountId(), now);
        for (Contact c : directory.operators(organisationId)) {
            mailer.send(c.email(), c.locale(), "partnerInvited", me.organisationName(),
                    challenge.title(c.locale()), links.myProposals());
        }
        return views.partners(p);
    }

    /** The lead removes a partner (its operators no longer see the draft). */
    @Audited(value = "proposal.removePartner", target = "proposal")
    public List<PartnerView> remove(long proposalId, long organisationId) {
        Actor me = access.requireVerifiedOperator();
        Proposal p = access.requireLead(access.requireMember(proposalId, me), me);
        Instant now = clock.instant();
        access.requireOpenPhase(access.challengeOf(p), p.getPhaseNumber(), now);
        Partner partner = proposals.partner(proposalId, organisationId)
                .orElseThrow(() -> SfideException.notFound("proposal.error.partnerNotFound"));
        proposals.remove(partner);
        p.touch(now);
        return views.partners(p);
    }

    /** The invited organisation accepts or declines, once (until the lead changes the terms). */
    @Audited(value = "proposal.answerPartnership", target = "proposal")
    public Invitation answer(long proposalId, boolean accept) {
        Actor me = access.requireVerifiedOperator();
        Partner partner = proposals.partner(proposalId, me.organisationId())
                .orElseThrow(() -> SfideException.notFound("proposal.error.notFound"));
        Proposal p = proposals.require(proposalId);
        ChallengeView challenge = access.challengeOf(p);
        Instant now = clock.instant();
        access.requireOpenPhase(challenge, p.getPhaseNumber(), now);
        partner.answer(accept, me.accountId(), now);
        p.touch(now);
        for (Contact c : directory.operators(p.getLeadOrganisationId())) {
            mailer.send(c.email(), c.locale(), accept ? "partnerAccepted" : "partnerDeclined",
                    me.organisationName(), challenge.title(c.locale()),
                    links.proposal(p.getId()));
        }
        return invitation(partner, p, challenge);
    }

    /** Invitations to the caller's organisation, still to answer or accepted. */
    public List<Invitation> invitations() {
        Actor me = access.requireVerifiedOperator();
        return proposals.partnerships(me.organisationId()).stream().map(x -> {
            Proposal p = proposals.require(x.getProposalId());
            return invitation(x, p, access.challengeOf(p));
        }).toList();
    }

    private Invitation invitation(Partner x, Proposal p, ChallengeView challenge) {
        FormCodec.PartnerTerms terms = views.terms(x, directory.organisationName(x.getOrganisationId()));
        return new Invitation(p.getId(), challenge.titleIt(), challenge.titleEn(),
                directory.organisationName(p.getLeadOrganisationId()), terms.role(), terms.budgetShare(),
                x.getStatus(), x.getInvitedAt());
    }
}
