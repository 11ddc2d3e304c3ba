package it.sfide.challenge.web;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeService;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.CoSponsorService;
import it.sfide.challenge.boundary.CoSponsorView;
import it.sfide.identity.boundary.Directory;
import it.sfide.identity.web.SessionBacking;
import it.sfide.platform.web.Messages;
import it.sfide.shared.SfideException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * My body's challenges: those it writes and those it co-sponsors, the invitations to co-sponsor it received, and
 * inviting other bodies to co-sponsor one of its own.
 */
@Named
@ViewScoped
public class MyChallengesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeService challenges;

    @Inject
    CoSponsorService coSponsors;

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    SessionBacking current;

    private List<ChallengeView> mine = List.of();
    private List<CoSponsorView> invitations = List.of();
    private List<Directory.BodyView> bodies = List.of();
    private Long inviteChallenge;
    private Long inviteBody;

    @PostConstruct
    void init() {
        mine = challenges.mine();
        invitations = coSponsors.invitations();
        long own = current.getMe().organisation().id();
        bodies = catalogue.bodies().stream().filter(b -> b.id() != own).toList();
    }

    public String answer(long invitationId, boolean accept) {
        coSponsors.answer(invitationId, accept);
        Messages.info(accept ? "cosponsor.accepted" : "cosponsor.declined");
        return "/challenges/mine?faces-redirect=true";
    }

    public String invite() {
        if (inviteChallenge == null || inviteBody == null) {
            throw SfideException.invalid("organisationId", "cosponsor.choose");
        }
        coSponsors.invite(inviteChallenge, inviteBody);
        Messages.info("cosponsor.invited");
        return "/challenges/mine?faces-redirect=true";
    }

    /** The body's own challenges that can still take co-sponsors. */
    public List<ChallengeView> getInvitable() {
        return mine.stream().filter(ChallengeView::editable).filter(c -> c.status().isActive()).toList();
    }

    public List<ChallengeView> getMine() { return mine; }
    public List<CoSponsorView> getInvitations() { return invitations; }
    public List<Directory.BodyView> getBodies() { return bodies; }
    public Long getInviteChallenge() { return inviteChallenge; }
    public void setInviteChallenge(Long inviteChallenge) { this.inviteChallenge = inviteChallenge; }
    public Long getInviteBody() { return inviteBody; }
    public void setInviteBody(Long inviteBody) { this.inviteBody = inviteBody; }
}
