package it.sfide.identity.boundary;

import it.sfide.identity.Account;
import it.sfide.shared.Role;

/**
 * An account as a platform admin sees it when helping a person who lost their second factor: who it is and
 * whether the second factor is on.
 */
public record AccountFactorView(long id, String username, String fullName, String email, Role role,
        String organisation, boolean secondFactor) {

    static AccountFactorView of(Account account) {
        return new AccountFactorView(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
                account.getRole(), account.getOrganisation() == null ? null : account.getOrganisation().getName(),
                account.hasSecondFactor());
    }
}
