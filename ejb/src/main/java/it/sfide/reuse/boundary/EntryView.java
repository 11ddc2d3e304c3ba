package it.sfide.reuse.boundary;

import it.sfide.identity.ItalianRegion;
import it.sfide.reuse.EntryDetails;
import it.sfide.shared.Bilingual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An entry of the reuse catalogue as its page and {@code GET /api/v1/catalogue/{id}} show it to anyone: the
 * solution, the owning body, the operator that built it under contract, the challenge it answers, its licence and
 * repository, the address of its {@code publiccode.yml}, and where it is in use. Texts are returned as written;
 * pages escape them.
 *
 * @param publiccodePath the {@code publiccode.yml}'s address under the portal's root
 * @param adoptions the public bodies using it, oldest first
 * @param caller what the caller may do
 */
public record EntryView(long id, long contractId, long challengeId, String challengeTitleIt, String challengeTitleEn,
        long bodyId, String bodyName, ItalianRegion region, long operatorId, String operatorName, List<String> themes,
        String name, String repositoryUrl, String landingUrl, String licence, String softwareType,
        String developmentStatus, List<String> categories, List<String> platforms, List<String> availableLanguages,
        String softwareVersion, LocalDate releaseDate, LocalDate maintenanceUntil, boolean localisationReady,
        EntryDetails.Description italian, EntryDetails.Description english, Instant publishedAt, Instant updatedAt,
        String publiccodePath, List<AdoptionView> adoptions, Caller caller) {

    /** A public body using the solution: since when, where (an office, a service) and its address, if any. */
    public record AdoptionView(long bodyId, String bodyName, LocalDate since, String whereInUse, String url,
            Instant recordedAt) {
    }

    /**
     * @param owner an officer of the owning body: edits the entry and reads who is interested
     * @param mayDeclareInterest a buyer officer of another verified public body that has not declared it yet
     * @param interested the caller's body has declared its interest
     * @param mayRecordAdoption a buyer officer of another verified public body that has not recorded one yet
     * @param adopted the caller's body uses it
     */
    public record Caller(boolean owner, boolean mayDeclareInterest, boolean interested, boolean mayRecordAdoption,
            boolean adopted) {

        /** A visitor, or anyone who may do nothing here. */
        public static final Caller NOBODY = new Caller(false, false, false, false, false);
    }

    public String challengeTitle(Locale locale) {
        return Bilingual.pick(locale, challengeTitleIt, challengeTitleEn);
    }

    /** The description in the reader's language. */
    public EntryDetails.Description description(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : italian;
    }

    /** The form that edits the entry, filled in with what it says now. */
    public EntryForm form() {
        return new EntryForm(contractId, name, repositoryUrl, landingUrl, licence, softwareType, developmentStatus,
                categories, platforms, availableLanguages, softwareVersion, releaseDate, maintenanceUntil,
                localisationReady, italian, english);
    }
}
