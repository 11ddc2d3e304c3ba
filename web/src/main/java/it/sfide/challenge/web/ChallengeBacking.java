package it.sfide.challenge.web;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeService;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.FollowService;
import it.sfide.document.boundary.DocumentView;
import it.sfide.identity.web.SessionBacking;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A challenge's page: what it asks, phases with time left, criteria, notices and amendments; following it; and for
 * the body's officers the next step (ask, approve, change a deadline, cancel) or, for other bodies, reuse as a
 * template.
 */
@Named
@ViewScoped
public class ChallengeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    ChallengeService challenges;

    @Inject
    FollowService follows;

    @Inject
    SessionBacking current;

    private ChallengeView challenge;
    private List<DocumentView> notices = List.of();
    private List<String> missing = List.of();
    private boolean following;
    private boolean followingBody;
    private int phase = 1;
    private LocalDateTime newClose;
    private String reason;

    @PostConstruct
    void init() {
        Long id = Messages.longParameter("id");
        if (id == null) {
            Messages.sendErrorPage(it.sfide.shared.SfideException.notFound("challenge.error.notFound"));
            return;
        }
        try {
            load(id);
        } catch (RuntimeException e) {
            if (!Messages.sendErrorPage(e)) {
                throw e;
            }
        }
    }

    private void load(long id) {
        challenge = catalogue.get(id);
        notices = catalogue.documents(id);
        if (current.isLoggedIn()) {
            following = follows.follows(id);
            followingBody = follows.followsBody(challenge.buyerId());
        }
        if (challenge.editable() && challenge.status() == it.sfide.challenge.ChallengeStatus.DRAFT) {
            missing = challenges.missing(id).stream()
                    .map(p -> Messages.text("challenge.missing.field", Messages.text(WizardSteps.label(p.field())),
                            Messages.text(p.messageKey(), p.arguments()))).toList();
        }
    }

    private String act(Runnable action, String done) {
        return Actions.run(action, done, Map.of("reason", "actions:reason", "closesAt", "actions:newClose"),
                "/challenges/view?faces-redirect=true&id=" + challenge.id());
    }

    public String follow() {
        return act(() -> follows.follow(challenge.id()), "challenge.followed");
    }

    public String unfollow() {
        return act(() -> follows.unfollow(challenge.id()), "challenge.unfollowed");
    }

    public String followBody() {
        return act(() -> follows.followBody(challenge.buyerId()), "challenge.bodyFollowed");
    }

    public String unfollowBody() {
        return act(() -> follows.unfollowBody(challenge.buyerId()), "challenge.bodyUnfollowed");
    }

    public String requestPublication() {
        return act(() -> challenges.requestPublication(challenge.id()), "challenge.publicationRequested");
    }

    public String approve() {
        return act(() -> challenges.approveAndPublish(challenge.id()), "challenge.published");
    }

    public String changeDeadline() {
        return act(() -> challenges.changeDeadline(challenge.id(), phase, WizardForm.instant(newClose), reason),
                "challenge.deadlineChanged");
    }

    public String cancel() {
        return act(() -> challenges.cancel(challenge.id(), reason), "challenge.cancelled");
    }

    /** A new draft of the caller's body from this challenge; opens it in the wizard. */
    public String reuse() {
        try {
            long copy = challenges.createFromTemplate(challenge.id()).id();
            Messages.info("challenge.reused");
            return "/challenges/edit?faces-redirect=true&id=" + copy;
        } catch (RuntimeException e) {
            if (!Messages.show(e, Map.of())) {
                throw e;
            }
            return null;
        }
    }

    /** Whether the caller is a buyer officer of another body, who may reuse this challenge. */
    public boolean isReusable() {
        return challenge != null && !challenge.editable() && challenge.publishedAt() != null
                && current.hasRole("BUYER");
    }

    /** Whether the caller asked for publication and so cannot approve it. */
    public boolean isAskedByMe() {
        return challenge != null && current.getMe() != null
                && current.getMe().username().equals(challenge.approvalRequestedBy());
    }

    public ChallengeView getChallenge() { return challenge; }
    public List<DocumentView> getNotices() { return notices; }
    public List<String> getMissing() { return missing; }
    public boolean isFollowing() { return following; }
    public boolean isFollowingBody() { return followingBody; }
    public int getPhase() { return phase; }
    public void setPhase(int phase) { this.phase = phase; }
    public LocalDateTime getNewClose() { return newClose; }
    public void setNewClose(LocalDateTime newClose) { this.newClose = newClose; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
