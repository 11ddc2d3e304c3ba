package it.sfide.identity.boundary;

import it.sfide.shared.Role;

/** The outcome of checking a username and password. Callers show one message for every refusal. */
public record CredentialCheck(boolean valid, String username, Role role) {

    static CredentialCheck refused() {
        return new CredentialCheck(false, null, null);
    }
}
