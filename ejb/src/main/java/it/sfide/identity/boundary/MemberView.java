package it.sfide.identity.boundary;

import it.sfide.identity.Account;
import it.sfide.shared.Role;

import java.time.Instant;

/** A member of an organisation as its colleagues see it. */
public record MemberView(long id, String username, String fullName, String email, Role role, boolean manager,
        Instant lastLoginAt) {

    public static MemberView of(Account a) {
        return new MemberView(a.getId(), a.getUsername(), a.getFullName(), a.getEmail(), a.getRole(),
                a.isOrganisationManager(), a.getLastLoginAt());
    }
}
