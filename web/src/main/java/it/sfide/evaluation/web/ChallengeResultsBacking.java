package it.sfide.evaluation.web;

import it.sfide.evaluation.boundary.AwardService;
import it.sfide.evaluation.boundary.AwardView;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The published ranking and award of a challenge, for its public page (visitors included: no session). */
@Named
@RequestScoped
public class ChallengeResultsBacking {

    @Inject
    AwardService awards;

    private List<AwardView> published = List.of();

    @PostConstruct
    void init() {
        published = awards.published(Messages.requiredParameter("id", "challenge.error.notFound"));
    }

    public List<AwardView> getPublished() {
        return published;
    }

    /** The download path of a document by its protocol. */
    public String documentPath(String protocol) {
        return it.sfide.document.boundary.DocumentView.downloadPath(protocol);
    }
}
