package it.sfide.community.web;

import it.sfide.community.boundary.CommunityService;
import it.sfide.community.boundary.CommunityViews.DiscussionSummary;
import it.sfide.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The community discussions about the challenge shown on its page. */
@Named
@RequestScoped
public class ChallengeDiscussionsBacking {

    @Inject
    CommunityService communities;

    private List<DiscussionSummary> list;

    public List<DiscussionSummary> getList() {
        if (list == null) {
            Long id = Messages.longParameter("id");
            list = id == null ? List.of() : communities.aboutChallenge(id, Messages.locale());
        }
        return list;
    }
}
