package it.sfide.identity.boundary;

import it.sfide.identity.ItalianRegion;
import it.sfide.identity.OperatorType;
import it.sfide.identity.OrganisationKind;

/**
 * An organisation registering with its first member. Public bodies give IPA code, fiscal code, PEC and region;
 * operators give type, country, fiscal code or VAT number and a contact e-mail.
 */
public record RegistrationRequest(
        OrganisationKind kind,
        String organisationName,
        String country,
        String taxCode,
        String vatNumber,
        OperatorType operatorType,
        String contactEmail,
        String ipaCode,
        String pec,
        ItalianRegion region,
        String fullName,
        String username,
        String email,
        String password,
        String locale) {
}
