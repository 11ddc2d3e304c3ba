package it.sfide.challenge.boundary;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.control.CatalogueSearch;
import it.sfide.challenge.control.ChallengeAccess;
import it.sfide.challenge.control.ChallengeViews;
import it.sfide.challenge.control.Challenges;
import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.document.boundary.DocumentView;
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

    @Inject
    DocumentRegistry registry;

    @Inject
    Challenges challenges;

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

    /** The challenge's signed documents the caller may read (notices and clarification digests), newest first. */
    public List<DocumentView> documents(long id) {
        access.requireReadable(id, directory.currentActor());
        List<DocumentView> documents = new java.util.ArrayList<>(
                registry.visible("challenge", String.valueOf(id), null, 50));
        documents.addAll(registry.visible(ClarificationService.DIGEST_RECORD, String.valueOf(id), null, 50));
        documents.sort(java.util.Comparator.comparing(DocumentView::issuedAt).reversed());
        return documents;
    }

    /** The challenges ever published (cancelled ones too), by id: the contracting processes open data describes. */
    public List<Long> publishedIds() {
        return challenges.publishedIds();
    }

    /**
     * A published challenge as a visitor reads it, whoever asks (open data must not depend on the caller): empty
     * for one never published or unknown.
     */
    public java.util.Optional<ChallengeView> published(long id) {
        return challenges.find(id).filter(c -> c.getPublishedAt() != null).map(c -> views.view(c, null));
    }

    /** The id of the published challenge with this ocid; empty for a draft's or an unknown one. */
    public java.util.Optional<Long> publishedIdOf(String ocid) {
        return ocid == null ? java.util.Optional.empty()
                : challenges.findByOcid(ocid).filter(c -> c.getPublishedAt() != null).map(Challenge::getId);
    }

    /** A published challenge's public documents (notices and clarification digests), oldest first, whoever asks. */
    public List<DocumentView> publishedDocuments(long id) {
        List<DocumentView> documents = new java.util.ArrayList<>();
        challenges.find(id).filter(c -> c.getPublishedAt() != null).ifPresent(c -> {
            for (String record : List.of("challenge", ClarificationService.DIGEST_RECORD)) {
                documents.addAll(registry.publicOf(record, String.valueOf(id)));
            }
        });
        documents.sort(java.util.Comparator.comparing(DocumentView::issuedAt));
        return documents;
    }

    /** How many challenges match, for a pager that asks before loading a page. */
    public long count(CatalogueQuery query) {
        return search.count(query);
    }

    /** The titles of these challenges in the reader's language, for the public ones among them (one query). */
    public Map<Long, String> titles(java.util.Collection<Long> ids, Locale locale) {
        Map<Long, String> titles = new java.util.HashMap<>();
        challenges.byIds(ids).stream().filter(Challenge::isPublic).forEach(c -> titles.put(c.getId(), c.title(locale)));
        return titles;
    }

    /** The challenge's page: public once published; a draft only for its body, co-sponsors and admins (else 404). */
    public ChallengeView get(long id) {
        Optional<Actor> me = directory.currentActor();
        Challenge challenge = access.requireReadable(id, me);
        return views.view(challenge, me.orElse(null));
    }

    /** The public bodies that can be chosen in the catalogue filter. */
    public List<Directory.BodyView> bodies() {
        return directory.publicBodies();
    }
}
