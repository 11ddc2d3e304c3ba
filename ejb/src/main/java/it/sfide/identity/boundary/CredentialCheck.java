package it.sfide.identity.boundary;

import it.sfide.shared.Role;

/**
 * The outcome of checking a username and password. Callers show one message ({@link #refusal()}) for every
 * refusal, except when the password was right and the person may be told why (a rejected organisation).
 */
public record CredentialCheck(boolean valid, String username, Role role, String refusal) {

    public CredentialCheck(boolean valid, String username, Role role) {
        this(valid, username, role, valid ? null : "error.login.failed");
    }

    static CredentialCheck refused() {
        return refused("error.login.failed");
    }

    static CredentialCheck refused(String messageKey) {
        return new CredentialCheck(false, null, null, messageKey);
    }
}
