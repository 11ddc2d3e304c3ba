package it.sfide.identity.boundary;

import it.sfide.shared.Role;

import java.util.Locale;

/**
 * A person as other areas need them to choose, write to and check people: name, address, language, role and
 * organisation.
 *
 * @param organisationId null for people without an organisation (evaluators, platform admins)
 * @param organisationName null when {@code organisationId} is
 */
public record Person(long accountId, String fullName, String email, Locale locale, Role role, Long organisationId,
        String organisationName) {

    static Person of(Object[] row) {
        return new Person((Long) row[0], (String) row[1], (String) row[2], Locale.forLanguageTag((String) row[3]),
                (Role) row[4], (Long) row[5], (String) row[6]);
    }
}
