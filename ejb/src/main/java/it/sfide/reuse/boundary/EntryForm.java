package it.sfide.reuse.boundary;

import it.sfide.reuse.EntryDetails;

import java.time.LocalDate;
import java.util.List;

/**
 * What an officer of the owning body writes about a solution, as the publishing form and the API send it
 * ({@code POST /api/v1/catalogue}, {@code PUT /api/v1/catalogue/{id}}): nothing is checked here, so a wrong value
 * is answered on its field by {@link #details()}. {@code contractId} names the completed contract when publishing
 * and is not read when editing. Lists may be given with blank items, which are dropped.
 */
public record EntryForm(Long contractId, String name, String repositoryUrl, String landingUrl, String licence,
        String softwareType, String developmentStatus, List<String> categories, List<String> platforms,
        List<String> availableLanguages, String softwareVersion, LocalDate releaseDate, LocalDate maintenanceUntil,
        Boolean localisationReady, EntryDetails.Description italian, EntryDetails.Description english) {

    /** The details, checked: every problem at once, each on its field. */
    public EntryDetails details() {
        return new EntryDetails(name, repositoryUrl, landingUrl, licence, softwareType, developmentStatus,
                categories, platforms, availableLanguages, softwareVersion, releaseDate, maintenanceUntil,
                Boolean.TRUE.equals(localisationReady), italian, english);
    }
}
