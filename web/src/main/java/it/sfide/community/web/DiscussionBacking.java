package it.sfide.community.web;

import it.sfide.community.boundary.CommunityService;
import it.sfide.community.boundary.CommunityViews.DiscussionView;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.Serializable;

/** A discussion: reading, replying with a shared document, and for managers hiding, locking and removing. */
@Named
@RequestScoped
public class DiscussionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunityService communities;

    private long id;
    private DiscussionView discussion;
    private String body;
    private String reason;
    private transient Part file;

    @PostConstruct
    void init() {
        id = Messages.requiredParameter("id", "community.error.notFound");
        discussion = communities.discussion(id, Messages.locale());
    }

    private String act(Runnable action, String done) {
        return Actions.run(action, done, "/communities/discussion?faces-redirect=true&id=" + id);
    }

    public String reply() {
        return act(() -> communities.post(id, body, Uploads.of(file)), "community.posted");
    }

    public String lock(boolean locked) {
        return act(() -> communities.lock(id, locked), locked ? "community.locked" : "community.unlocked");
    }

    public String hidePost(long postId, boolean hidden) {
        return act(() -> {
            if (hidden) {
                communities.hidePost(postId, reason);
            } else {
                communities.showPost(postId);
            }
        }, hidden ? "community.hidden" : "community.shown");
    }

    public String removePost(long postId) {
        return act(() -> communities.removePost(postId, reason), "community.removed");
    }

    public String removeDiscussion() {
        return Actions.run(() -> communities.removeDiscussion(id, reason), "community.removed",
                "/communities/view?faces-redirect=true&id=" + discussion.community().id());
    }

    public DiscussionView getDiscussion() { return discussion; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
