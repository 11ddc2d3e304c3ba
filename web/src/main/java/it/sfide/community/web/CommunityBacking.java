package it.sfide.community.web;

import it.sfide.challenge.Themes;
import it.sfide.community.boundary.CommunityService;
import it.sfide.community.boundary.CommunityViews.CommunityPage;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.Serializable;
import java.util.List;

/**
 * A community: its discussions, joining and leaving, and starting a discussion about a theme or a challenge
 * ({@code ?challenge=} preselects one, from the challenge's page).
 */
@Named
@RequestScoped
public class CommunityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunityService communities;

    private long id;
    private CommunityPage page;
    private String title;
    private Long challengeId;
    private String theme;
    private String body;
    private transient Part file;

    @PostConstruct
    void init() {
        challengeId = Messages.longParameter("challenge");
        id = Messages.requiredParameter("id", "community.error.notFound");
        page = communities.community(id, Messages.locale());
        theme = page.community().theme();
    }

    private String act(Runnable action, String done) {
        return Actions.run(action, done, "/communities/view?faces-redirect=true&id=" + id);
    }

    public String join() {
        return act(() -> communities.join(id), "community.joined");
    }

    public String leave() {
        return act(() -> communities.leave(id), "community.left");
    }

    public String start() {
        return act(() -> communities.startDiscussion(id, title, challengeId, theme, body, Uploads.of(file)),
                "community.discussionStarted");
    }

    public CommunityPage getPage() { return page; }
    public List<String> getThemes() { return Themes.CODES; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getChallengeId() { return challengeId; }
    public void setChallengeId(Long challengeId) { this.challengeId = challengeId; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
