package it.sfide.identity.boundary;

import it.sfide.identity.Account;
import it.sfide.shared.Role;

/**
 * The outcome of checking a username and password (and second factor). Callers show one message ({@link #refusal()})
 * for every refusal, except when the password was right and the person may be told why (a rejected organisation).
 * A page session keeps {@code credentialsVersion}: it stands while the account's version is the same (a password
 * reset moves it on). {@code codeNeeded}: the password was right and the account asks for its second factor.
 * {@code mustEnrol}: a platform admin without a second factor, who may do nothing but enrol.
 */
public record CredentialCheck(boolean valid, String username, Role role, int credentialsVersion, boolean codeNeeded,
        boolean mustEnrol, String refusal) {

    public static CredentialCheck refused() {
        return refused("error.login.failed");
    }

    static CredentialCheck refused(String messageKey) {
        return new CredentialCheck(false, null, null, -1, false, false, messageKey);
    }

    static CredentialCheck codeNeeded(Account account) {
        return new CredentialCheck(false, account.getUsername(), null, -1, true, false, null);
    }

    static CredentialCheck of(Account account, boolean mustEnrol) {
        return new CredentialCheck(true, account.getUsername(), account.getRole(), account.getCredentialsVersion(),
                false, mustEnrol, null);
    }
}
