package it.sfide.challenge.web;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeService;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.FollowService;
import it.sfide.document.boundary.DocumentView;
import it.sfide.identity.web.SessionBacking;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A challenge's page: what it asks, phases with time left, criteria, notices and amendments; following it; and for
 * the body's officers the next step (ask, approve, change a deadline, cancel) or, for other bodies, reuse as a
 * template.
 */
@Named
@RequestScoped
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
        long id = Messages.requiredParameter("id", "challenge.error.notFound");
        challenge = catalogue.get(id);
        notices = catalogue.documents(id);
        if (current.isLoggedIn()) {
            following = follows.follows(id);
            followingBody = follows.followsBody(challenge.buyerId());
        }
        if (challenge.editable() && challenge.status() == ChallengeStatus.DRAFT) {
            missing = challenges.missing(id).stream()
                    .map(p -> Messages.text("challenge.missing.field", Messages.text(WizardSteps.label(p.field())),
                            Messages.text(p.messageKey(), p.arguments()))).toList();
        }
    }

    private String act(Runnable action, String done) {
        return Actions.run(action, done, "/challenges/view?faces-redirect=true&id=" + challenge.id());
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
        long copy = challenges.createFromTemplate(challenge.id()).id();
        Messages.info("challenge.reused");
        return "/challenges/edit?faces-redirect=true&id=" + copy;
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
