package it.sfide.reuse.control;

import it.sfide.identity.boundary.Directory;
import it.sfide.reuse.CatalogueEntry;
import it.sfide.reuse.EntryDetails;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An entry as a {@link PublicCodeRecord}: the owning body is the owner (its iPA code in {@code it/riuso}), the
 * copyright owner and the repository's owner; the operator maintains it under contract until the day the entry
 * says; the adopting bodies follow the owner in {@code usedBy}.
 */
public final class PublicCodes {

    private PublicCodes() {
    }

    /** The record of a stored entry, with the bodies that use it. */
    public static PublicCodeRecord record(CatalogueEntry e, Directory.PublicBodyView owner, String operator,
            List<String> adopters) {
        return of(new EntryDetails.Description(e.getShortIt(), e.getLongIt(), e.getFeaturesIt()),
                new EntryDetails.Description(e.getShortEn(), e.getLongEn(), e.getFeaturesEn()), e.getName(),
                e.getRepositoryUrl(), e.getLandingUrl(), e.getSoftwareVersion(), e.getReleaseDate(),
                e.getMaintenanceUntil(), e.getLicence(), e.getPlatforms(), e.getCategories(),
                e.getDevelopmentStatus(), e.getSoftwareType(), e.getLanguages(), e.isLocalisationReady(), owner,
                operator, adopters);
    }

    /**
     * Refuses, every problem on its field, details from which no valid file could be written (checked before an
     * entry is stored, so a published entry's file can always be generated).
     */
    public static void requireValid(EntryDetails d, Directory.PublicBodyView owner, String operator) {
        of(d.italian(), d.english(), d.name(), d.repositoryUrl(), d.landingUrl(), d.softwareVersion(),
                d.releaseDate(), d.maintenanceUntil(), d.licence(), d.platforms(), d.categories(),
                d.developmentStatus(), d.softwareType(), d.availableLanguages(), d.localisationReady(), owner, operator,
                List.of()).requireValid();
    }

    private static PublicCodeRecord of(EntryDetails.Description it, EntryDetails.Description en, String name,
            String repository, String landing, String version, LocalDate release, LocalDate until, String licence,
            List<String> platforms, List<String> categories, String status, String type, List<String> languages,
            boolean localisationReady, Directory.PublicBodyView owner, String operator, List<String> adopters) {
        return new PublicCodeRecord(name, repository, landing, version, release,
                new PublicCodeRecord.Owner(owner.name(), owner.ipaCode()),
                new PublicCodeRecord.Contractor(operator, null, until), licence, owner.name(), owner.name(),
                platforms, categories, Arrays.stream(PublicCodeRecord.DevelopmentStatus.values())
                        .filter(s -> s.code().equals(status)).findFirst().orElse(null),
                Arrays.stream(PublicCodeRecord.SoftwareType.values()).filter(t -> t.code().equals(type))
                        .findFirst().orElse(null), description(it), description(en), languages, localisationReady,
                adopters);
    }

    private static PublicCodeRecord.Description description(EntryDetails.Description d) {
        return new PublicCodeRecord.Description(null, d.shortDescription(), d.longDescription(), d.features());
    }
}
