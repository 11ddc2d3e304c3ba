package it.sfide.identity.boundary;

import it.sfide.identity.Account;

import java.util.Locale;

/** Where and in which language to write to a person. */
public record Contact(long accountId, String fullName, String email, Locale locale) {

    static Contact of(Account a) {
        return new Contact(a.getId(), a.getFullName(), a.getEmail(), a.getLocale());
    }
}
