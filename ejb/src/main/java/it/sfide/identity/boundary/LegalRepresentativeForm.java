package it.sfide.identity.boundary;

/**
 * A legal representative as a manager writes it (the API's body, the page's form): given name and surname, the
 * Italian tax code or, without one, a foreign identifier with its country, the office held, and optionally the id of
 * the organisation's member who is this person. Checked and normalised by the service.
 */
public record LegalRepresentativeForm(String givenName, String familyName, String taxCode, String foreignCountry,
        String foreignId, String title, Long accountId) {
}
