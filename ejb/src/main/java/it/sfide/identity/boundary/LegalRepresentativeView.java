package it.sfide.identity.boundary;

import it.sfide.identity.Account;
import it.sfide.identity.LegalRepresentative;

import java.time.Instant;

/**
 * A legal representative of an organisation, as its members, the API and other areas see it. Other areas match a
 * signer against it with {@link #identifiedBy} (a certificate's identifier) and {@link #named} (a name).
 *
 * @param taxCode        the Italian tax code (16 characters, upper case), or null for a foreign representative
 *                       without one
 * @param foreignCountry with {@code foreignId}: the country (ISO 3166 alpha-2) of a foreign identifier, or null
 * @param title          the office held ("Amministratore unico", "Legale rappresentante")
 * @param accountId      the organisation's member who is this person (who may then sign on the platform with their
 *                       password), or null
 * @param accountName    that member's full name, or null
 * @param changedBy      who changed it last (full name), null if never
 */
public record LegalRepresentativeView(long id, long organisationId, String givenName, String familyName,
        String taxCode, String foreignCountry, String foreignId, String title, Long accountId, String accountName,
        String addedBy, Instant addedAt, String changedBy, Instant changedAt) {

    static LegalRepresentativeView of(LegalRepresentative r) {
        Account account = r.getAccount();
        return new LegalRepresentativeView(r.getId(), r.getOrganisation().getId(), r.getGivenName(),
                r.getFamilyName(), r.getTaxCode(), r.getForeignCountry(), r.getForeignId(), r.getTitle(),
                account == null ? null : account.getId(), account == null ? null : account.getFullName(),
                r.getAddedBy().getFullName(), r.getAddedAt(),
                r.getChangedBy() == null ? null : r.getChangedBy().getFullName(), r.getChangedAt());
    }

    /** Given name and surname. */
    public String fullName() {
        return givenName + " " + familyName;
    }

    /**
     * Whether a signature certificate's identifier (its subject's {@code serialNumber}) is this person's: the tax
     * code bare, as {@code TINIT-<code>} (ETSI EN 319 412-1) or {@code IT:<code>}; a foreign identifier as
     * {@code <type><country>-<id>} ({@code PASFR-12AB34567}). Case and spaces do not matter.
     */
    public boolean identifiedBy(String identifier) {
        return LegalRepresentative.identifies(taxCode, foreignCountry, foreignId, identifier);
    }

    /** Whether a name ("Luca Ferrari", "FERRARI LUCA") is this person's: either order, no case, no accents. */
    public boolean named(String name) {
        return LegalRepresentative.named(givenName, familyName, name);
    }

    /** Whether a given name and surname, as a certificate's subject holds them apart, are this person's. */
    public boolean named(String givenName, String surname) {
        return LegalRepresentative.named(this.givenName, this.familyName, givenName + " " + surname);
    }
}
