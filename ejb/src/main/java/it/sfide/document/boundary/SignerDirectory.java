package it.sfide.document.boundary;

import java.util.Optional;

/**
 * Who may sign, as the identity area knows it: the document area asks it to confirm a person's password at the
 * moment of signing (failures count towards the account's lock-out, like failed logins).
 */
public interface SignerDirectory {

    /** The account id of this username, or null. */
    Long accountId(String username);

    /** The person with this username and password; empty when the password is wrong or the account locked. */
    Optional<Signer> confirm(String username, String password);

    /**
     * @param accountId their account
     * @param fullName their name, shown in the signature
     * @param organisation their organisation's name, or null for platform staff
     */
    record Signer(long accountId, String fullName, String organisation) {
    }
}
