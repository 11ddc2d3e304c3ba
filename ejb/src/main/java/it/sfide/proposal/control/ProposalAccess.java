package it.sfide.proposal.control;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.proposal.Proposal;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Who may do what with a proposal, decided on the server for every call: the operators of the lead organisation
 * and of partners that accepted see and edit it; only the lead's operators submit or withdraw; nobody else learns
 * that it exists (404). The buyer's side reaches proposals only through the opening.
 */
@Dependent
public class ProposalAccess {

    @Inject
    Directory directory;

    @Inject
    Proposals proposals;

    @Inject
    ChallengeCatalogue challenges;

    /** The calling operator of a verified organisation. */
    public Actor requireVerifiedOperator() {
        Actor me = directory.requireActor();
        if (me.role() != Role.OPERATOR || me.organisationId() == null || me.publicBody()) {
            throw SfideException.forbidden();
        }
        me.requireMayPublish();
        return me;
    }

    /** A proposal the caller's organisation leads or partners in (accepted). */
    public Proposal requireMember(long proposalId, Actor me) {
        Proposal p = proposals.require(proposalId);
        if (!isMember(p, me)) {
            throw SfideException.notFound("proposal.error.notFound");
        }
        return p;
    }

    public boolean isMember(Proposal p, Actor me) {
        return p.belongsTo(me.organisationId()) || proposals.isConfirmedPartner(p.getId(), me.organisationId());
    }

    /** A proposal the caller's organisation leads; a partner is told only the lead may do this. */
    public Proposal requireLead(Proposal p, Actor me) {
        if (!p.belongsTo(me.organisationId())) {
            throw new SfideException(ErrorKind.FORBIDDEN, "proposal.error.leadOnly");
        }
        return p;
    }

    /** The challenge and phase of a proposal. */
    public ChallengeView challengeOf(Proposal p) {
        return challenges.get(p.getChallengeId());
    }

    /** Refuses unless the proposal's phase takes submissions at {@code now} (the server's clock decides). */
    public ChallengeView.PhaseView requireOpenPhase(ChallengeView challenge, int phase, Instant now) {
        ChallengeView.PhaseView open = challenge.phase(phase)
                .orElseThrow(() -> SfideException.notFound("challenge.error.noSuchPhase"));
        if (challenge.type() == it.sfide.challenge.ChallengeType.MARKET_CONSULTATION) {
            throw SfideException.conflict("proposal.error.consultation");
        }
        if (!challenge.acceptsProposals(open, now)) {
            throw !now.isBefore(open.closesAt())
                    ? SfideException.conflict("proposal.error.deadlinePassed")
                    : SfideException.conflict("proposal.error.phaseNotOpen");
        }
        return open;
    }
}
