package it.sfide.reuse.control;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.reuse.Adoption;
import it.sfide.reuse.CatalogueEntry;
import it.sfide.reuse.EntryDetails;
import it.sfide.reuse.boundary.EntryView;
import it.sfide.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Entries as their page and the API show them, with what the caller may do. */
@ApplicationScoped
public class EntryViews {

    @Inject
    Entries entries;

    @Inject
    Directory directory;

    @Inject
    ChallengeCatalogue challenges;

    /** The address of an entry's {@code publiccode.yml}, under the portal's root. */
    public static String publiccodePath(long entryId) {
        return "/api/v1/catalogue/" + entryId + "/publiccode.yml";
    }

    /**
     * A buyer officer of a verified public body other than the owner: may declare interest and record an
     * adoption.
     */
    public static boolean isOtherBodysOfficer(Actor me, CatalogueEntry e) {
        return me != null && me.role() == Role.BUYER && me.publicBody() && me.verified()
                && me.organisationId() != null && !e.isOwnedBy(me.organisationId());
    }

    public EntryView view(CatalogueEntry e, Actor me) {
        List<Adoption> adoptions = entries.adoptions(e.getId());
        List<Long> ids = new ArrayList<>(List.of(e.getBodyId(), e.getOperatorId()));
        adoptions.forEach(a -> ids.add(a.getBodyId()));
        Map<Long, String> names = directory.organisationNames(ids);
        String titleIt = challenges.titles(List.of(e.getChallengeId()), Locale.ITALIAN).get(e.getChallengeId());
        String titleEn = challenges.titles(List.of(e.getChallengeId()), Locale.ENGLISH).get(e.getChallengeId());
        EntryView.Caller caller = EntryView.Caller.NOBODY;
        if (me != null && me.organisationId() != null) {
            boolean owner = me.isOfficerOf(e.getBodyId());
            boolean other = isOtherBodysOfficer(me, e);
            boolean interested = entries.interestOf(e.getId(), me.organisationId()).isPresent();
            boolean adopted = adoptions.stream().anyMatch(a -> a.getBodyId() == me.organisationId());
            caller = new EntryView.Caller(owner, other && !interested, interested, other && !adopted, adopted);
        }
        return new EntryView(e.getId(), e.getContractId(), e.getChallengeId(), titleIt, titleEn, e.getBodyId(),
                names.get(e.getBodyId()), e.getRegion(), e.getOperatorId(), names.get(e.getOperatorId()),
                e.getThemes(), e.getName(), e.getRepositoryUrl(), e.getLandingUrl(), e.getLicence(),
                e.getSoftwareType(), e.getDevelopmentStatus(), e.getCategories(), e.getPlatforms(), e.getLanguages(),
                e.getSoftwareVersion(), e.getReleaseDate(), e.getMaintenanceUntil(), e.isLocalisationReady(),
                new EntryDetails.Description(e.getShortIt(), e.getLongIt(), e.getFeaturesIt()),
                new EntryDetails.Description(e.getShortEn(), e.getLongEn(), e.getFeaturesEn()), e.getPublishedAt(),
                e.getUpdatedAt(), publiccodePath(e.getId()), adoptions.stream().map(a -> new EntryView.AdoptionView(
                        a.getBodyId(), names.get(a.getBodyId()), a.getSince(), a.getWhereInUse(), a.getUrl(),
                        a.getRecordedAt())).toList(), caller);
    }
}
