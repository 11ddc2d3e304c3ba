package it.sfide.proposal.control;

import it.sfide.challenge.boundary.ChallengeBrief;
import it.sfide.challenge.boundary.ChallengeService;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.platform.i18n.Texts;
import it.sfide.proposal.Opening;
import it.sfide.proposal.ProposalStatus;
import it.sfide.proposal.boundary.ConsortiumService;
import it.sfide.proposal.boundary.DraftingService;
import it.sfide.proposal.boundary.ProposalSummary;
import it.sfide.proposal.PartnerStatus;
import it.sfide.shared.Agenda;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What of the proposals waits: for an operator, the drafts with what they still miss, invitations to join a
 * consortium, deadlines of the next two weeks; for a buyer officer, the sealed proposals of closed phases whose
 * opening is to be asked, or to be confirmed by a second officer.
 */
@ApplicationScoped
public class ProposalAgenda implements Agenda {

    /** How far ahead a deadline counts as coming. */
    static final Duration SOON = Duration.ofDays(14);

    @Inject
    DraftingService drafting;

    @Inject
    ConsortiumService consortium;

    @Inject
    ChallengeService challenges;

    @Inject
    Openings openings;

    @Inject
    Proposals proposals;

    @Inject
    Clock clock;

    @Override
    public List<Todo> todo(Caller caller) {
        if (caller.isOperator()) {
            return operator(caller);
        }
        if (caller.isOfficer()) {
            return officer(caller);
        }
        return List.of();
    }

    private List<Todo> operator(Caller caller) {
        Instant now = clock.instant();
        List<Todo> todo = new ArrayList<>();
        for (ProposalSummary p : drafting.mine()) {
            boolean open = p.closesAt() != null && now.isBefore(p.closesAt());
            String title = p.challengeTitle(caller.locale());
            String link = "/proposals/edit.xhtml?id=" + p.id();
            if (p.status() == ProposalStatus.DRAFT && open) {
                int missing = drafting.get(p.id()).missing().size();
                todo.add(new Todo("proposal.drafts", title, missing == 0
                        ? Texts.get(caller.locale(), "home.detail.readyToSubmit")
                        : Texts.get(caller.locale(), "home.detail.missing", missing), 1, link, p.closesAt()));
            }
            if ((p.status() == ProposalStatus.DRAFT || p.status() == ProposalStatus.SUBMITTED) && open
                    && p.closesAt().isBefore(now.plus(SOON))) {
                todo.add(new Todo("proposal.deadlines", title, Texts.get(caller.locale(), p.status() == ProposalStatus
                        .DRAFT ? "home.detail.notSubmitted" : "home.detail.submitted"), 1, link,
                        p.closesAt()));
            }
        }
        for (ConsortiumService.Invitation i : consortium.invitations()) {
            if (i.status() == PartnerStatus.INVITED) {
                todo.add(new Todo("proposal.invitations", caller.locale().getLanguage().equals("en")
                        && i.challengeTitleEn() != null ? i.challengeTitleEn() : i.challengeTitleIt(),
                        i.leadOrganisationName(), 1, "/proposals/index.xhtml#invitations-title", null));
            }
        }
        return todo;
    }

    private List<Todo> officer(Caller caller) {
        Instant now = clock.instant();
        List<Todo> todo = new ArrayList<>();
        for (ChallengeBrief c : challenges.mineInBrief()) {
            if (c.buyerId() != caller.organisationId() || c.type() == ChallengeType.MARKET_CONSULTATION
                    || c.publishedAt() == null || c.status() == ChallengeStatus.CANCELLED) {
                continue;
            }
            for (ChallengeView.PhaseView phase : c.phases()) {
                if (phase.closesAt() == null || now.isBefore(phase.closesAt())) {
                    continue;
                }
                Optional<Opening> opening = openings.find(c.id(), phase.number());
                String link = "/proposals/opening.xhtml?challenge=" + c.id() + "&phase=" + phase.number();
                if (opening.isEmpty() && proposals.submitted(c.id(), phase.number()) > 0) {
                    todo.add(new Todo("proposal.openings", c.title(caller.locale()),
                            Texts.get(caller.locale(), "home.detail.askOpening", phase.number()), 1, link,
                            null));
                } else if (opening.isPresent() && !opening.get().isConfirmed()
                        && opening.get().getRequestedBy() != caller.accountId()) {
                    todo.add(new Todo("proposal.openings", c.title(caller.locale()),
                            Texts.get(caller.locale(), "home.detail.confirmOpening", phase.number()), 1, link,
                            null));
                }
            }
        }
        return todo;
    }
}
