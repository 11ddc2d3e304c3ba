package it.sfide.identity.control;

import it.sfide.document.boundary.SignerDirectory;
import it.sfide.identity.Account;
import it.sfide.identity.boundary.AuthenticationService;
import it.sfide.identity.boundary.CredentialCheck;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Confirms a signer's password with the same check as a login (own transaction: failures count towards the
 * lock-out and are audited as {@code password.confirm} even when the signature is then refused).
 */
@Dependent
public class IdentitySignerDirectory implements SignerDirectory {

    @Inject
    Accounts accounts;

    @Inject
    AuthenticationService authentication;

    @Override
    public Long accountId(String username) {
        return accounts.byUsername(username).map(Account::getId).orElse(null);
    }

    @Override
    public Optional<Signer> confirm(String username, String password) {
        CredentialCheck check = authentication.confirmPassword(username, password);
        if (!check.valid() || !check.username().equals(username)) {
            return Optional.empty();
        }
        return accounts.byUsername(username).map(a -> new Signer(a.getId(), a.getFullName(),
                a.getOrganisation() == null ? null : a.getOrganisation().getName()));
    }
}
