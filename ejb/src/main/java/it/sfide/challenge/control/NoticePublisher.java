package it.sfide.challenge.control;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.CoSponsorStatus;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.identity.boundary.Directory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issues the challenge notice through the trusted-records service, sealed with the buyer's own certificate and
 * public: at publication, and again after each amendment (the new notice lists every amendment).
 */
@Dependent
public class NoticePublisher {

    /** Notices are issued in Italian, the language of the procedure; they carry the English texts too. */
    static final Locale NOTICE_LANGUAGE = Locale.ITALIAN;

    @Inject
    DocumentIssuer issuer;

    @Inject
    Directory directory;

    @Inject
    Challenges challenges;

    /** Issues the current notice and records its protocol on the challenge. */
    public DocumentView issue(Challenge challenge) {
        String buyer = directory.organisationName(challenge.getBuyerId());
        List<Long> coSponsorIds = challenges.coSponsors(challenge.getId()).stream()
                .filter(s -> s.getStatus() == CoSponsorStatus.ACCEPTED).map(s -> s.getOrganisationId()).toList();
        Map<Long, String> names = directory.organisationNames(coSponsorIds);
        ChallengeNotice notice = new ChallengeNotice(challenge, buyer,
                coSponsorIds.stream().map(names::get).toList(), challenges.amendments(challenge.getId()));
        DocumentView document = issuer.issue(new ChallengeNotice.Renderer(), notice,
                new Issue("challenge", String.valueOf(challenge.getId()), challenge.getBuyerId(), Visibility.PUBLIC,
                        NOTICE_LANGUAGE, new Issue.IssuingBody(challenge.getBuyerId(), buyer)));
        challenge.noticeIssued(document.protocol());
        return document;
    }
}
