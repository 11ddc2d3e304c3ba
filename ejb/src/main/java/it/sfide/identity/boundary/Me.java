package it.sfide.identity.boundary;

import it.sfide.identity.Account;
import it.sfide.shared.Role;

/** The logged-in person: who they are, their role and their organisation, if any. */
public record Me(long id, String username, String fullName, String email, Role role, String locale,
        boolean organisationManager, OrganisationView organisation) {

    public static Me of(Account a) {
        return new Me(a.getId(), a.getUsername(), a.getFullName(), a.getEmail(), a.getRole(),
                a.getLocale().getLanguage(), a.isOrganisationManager(),
                a.getOrganisation() == null ? null : OrganisationView.of(a.getOrganisation()));
    }
}
