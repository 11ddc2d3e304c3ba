package it.sfide.challenge.boundary;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.control.CatalogueSearch;
import it.sfide.challenge.control.ChallengeAccess;
import it.sfide.challenge.control.ChallengeViews;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public catalogue: anyone searches published challenges and reads them; drafts are seen only by the bodies
 * writing them (and platform admins).
 */
@Stateless
@PermitAll
public class ChallengeCatalogue {

    @Inject
    CatalogueSearch search;

    @Inject
    ChallengeAccess access;

    @Inject
    ChallengeViews views;

    @Inject
    Directory directory;

    /** One page of results with the total; titles sorted in the reader's language. */
    public CataloguePage search(CatalogueQuery query, Locale locale) {
        List<ChallengeSummary> items = search.page(query, locale);
        long total = items.size() < query.size() && query.page() == 0 ? items.size() : search.count(query);
        Set<Long> bodies = new HashSet<>();
        items.forEach(i -> bodies.add(i.buyerId()));
        Map<Long, String> names = directory.organisationNames(bodies);
        return new CataloguePage(items.stream().map(i -> i.withBuyer(names.get(i.buyerId()))).toList(), total,
                query.page(), query.size());
    }

    /** The challenge's page: public once published; a draft only for its body, co-sponsors and admins (else 404). */
    public ChallengeView get(long id) {
        Optional<Actor> me = directory.currentActor();
        Challenge challenge = access.requireReadable(id, me);
        return views.view(challenge, me.orElse(null));
    }

    /** The public bodies that can be chosen in the catalogue filter. */
    public List<it.sfide.identity.boundary.Directory.BodyView> bodies() {
        return directory.publicBodies();
    }
}
