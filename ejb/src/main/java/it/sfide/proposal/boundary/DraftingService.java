package it.sfide.proposal.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.identity.Role;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.control.Proposals;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Drafting proposals: an operator of a verified organisation starts its organisation's draft for a phase that
 * is open now (one per organisation and phase; starting again returns the same draft).
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
public class DraftingService {

    @Inject
    Proposals proposals;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Audited(value = "proposal.start", target = "proposal")
    public ProposalSummary start(long challengeId, int phase) {
        Actor me = directory.requireActor();
        if (!me.verified() || me.organisationId() == null) {
            throw new SfideException(ErrorKind.FORBIDDEN, "error.organisation.notVerified");
        }
        ChallengeView challenge = challenges.get(challengeId);
        Instant now = clock.instant();
        ChallengeView.PhaseView open = challenge.phases().stream().filter(p -> p.number() == phase).findFirst()
                .orElseThrow(() -> SfideException.notFound("challenge.error.noSuchPhase"));
        if (!challenge.status().isOpen() || open.closedAt() != null || now.isBefore(open.opensAt())
                || !now.isBefore(open.closesAt())) {
            throw SfideException.conflict("proposal.error.phaseNotOpen");
        }
        Proposal draft = proposals.find(challengeId, phase, me.organisationId())
                .orElseGet(() -> proposals.persist(new Proposal(challengeId, phase, me.organisationId(),
                        me.accountId(), now)));
        return ProposalSummary.of(draft);
    }

    /** The proposals of the caller's organisation, latest first. */
    public List<ProposalSummary> mine() {
        Actor me = directory.requireActor();
        return me.organisationId() == null ? List.of()
                : proposals.ofOrganisation(me.organisationId()).stream().map(ProposalSummary::of).toList();
    }
}
