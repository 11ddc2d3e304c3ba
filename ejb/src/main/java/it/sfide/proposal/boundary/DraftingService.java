package it.sfide.proposal.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.ProposalContent;
import it.sfide.proposal.ProposalStatus;
import it.sfide.proposal.control.DraftWriter;
import it.sfide.proposal.control.ProposalAccess;
import it.sfide.proposal.control.ProposalViews;
import it.sfide.proposal.control.Proposals;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drafting proposals: an operator of a verified organisation starts its organisation's draft for a phase that
 * is open now (one per organisation and phase; starting again returns the same draft); the lead's and confirmed
 * partners' operators read it and save its sections as they work (encrypted at rest under the drafts key).
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
public class DraftingService {

    @Inject
    Proposals proposals;

    @Inject
    ProposalAccess access;

    @Inject
    ProposalViews views;

    @Inject
    DraftWriter writer;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Audited(value = "proposal.start", target = "proposal")
    public ProposalSummary start(long challengeId, int phase) {
        Actor me = access.requireVerifiedOperator();
        ChallengeView challenge = challenges.get(challengeId);
        Instant now = clock.instant();
        access.requireOpenPhase(challenge, phase, now);
        Proposal draft = proposals.find(challengeId, phase, me.organisationId())
                .orElseGet(() -> proposals.persist(new Proposal(challengeId, phase, me.organisationId(),
                        me.accountId(), now)));
        return ProposalSummary.of(draft, true, challenge);
    }

    /** The proposals the caller's organisation leads or has joined as a partner, latest first. */
    public List<ProposalSummary> mine() {
        Actor me = access.requireVerifiedOperator();
        List<ProposalSummary> all = new ArrayList<>();
        java.util.Map<Long, ChallengeView> seen = new java.util.HashMap<>();   // one view per challenge
        for (Proposal p : proposals.ofOrganisation(me.organisationId())) {
            all.add(ProposalSummary.of(p, true, seen.computeIfAbsent(p.getChallengeId(), challenges::get)));
        }
        for (var partnership : proposals.partnerships(me.organisationId())) {
            if (partnership.isConfirmed()) {
                Proposal p = proposals.require(partnership.getProposalId());
                all.add(ProposalSummary.of(p, false, seen.computeIfAbsent(p.getChallengeId(), challenges::get)));
            }
        }
        all.sort(java.util.Comparator.comparing(ProposalSummary::updatedAt).reversed());
        return all;
    }

    /**
     * The caller's organisation's proposals on one challenge (led, or joined as a confirmed partner), withdrawn ones
     * apart: what a challenge's page offers to open instead of "prepare a proposal". Empty for anyone who is not an
     * operator of a verified organisation.
     */
    public List<ProposalSummary> mineOn(long challengeId) {
        Optional<Actor> caller = directory.currentActor();
        if (caller.isEmpty() || caller.get().role() != Role.OPERATOR || caller.get().organisationId() == null
                || caller.get().publicBody()) {
            return List.of();
        }
        long organisation = caller.get().organisationId();
        ChallengeView challenge = challenges.get(challengeId);
        List<ProposalSummary> found = new ArrayList<>();
        for (Proposal p : proposals.ofOrganisation(organisation)) {
            if (p.getChallengeId() == challengeId && p.getStatus() != ProposalStatus.WITHDRAWN) {
                found.add(ProposalSummary.of(p, true, challenge));
            }
        }
        for (var partnership : proposals.partnerships(organisation)) {
            if (partnership.isConfirmed()) {
                Proposal p = proposals.require(partnership.getProposalId());
                if (p.getChallengeId() == challengeId && p.getStatus() != ProposalStatus.WITHDRAWN) {
                    found.add(ProposalSummary.of(p, false, challenge));
                }
            }
        }
        return found;
    }

    /** The draft with its sections, files, consortium, submissions and what a submission still needs. */
    public ProposalView get(long proposalId) {
        Actor me = access.requireVerifiedOperator();
        Proposal p = access.requireMember(proposalId, me);
        return views.view(p, me, access.challengeOf(p), clock.instant());
    }

    /**
     * Saves the sections as they are now (complete or not; texts over their length, negative amounts and levels
     * out of 1–9 are refused by field): while the phase is open, by the lead's or a confirmed partner's operators.
     */
    @Audited(value = "proposal.save", target = "proposal")
    public ProposalView save(long proposalId, ProposalContent content) {
        Actor me = access.requireVerifiedOperator();
        Proposal p = access.requireMember(proposalId, me);
        ChallengeView challenge = access.challengeOf(p);
        Instant now = clock.instant();
        access.requireOpenPhase(challenge, p.getPhaseNumber(), now);
        if (content == null) {
            throw new SfideException(ErrorKind.BAD_REQUEST, "error.badRequest");
        }
        content.requireValid();
        writer.saveSections(p, content, now);
        return views.view(p, me, challenge, now);
    }
}
