package it.sfide.identity.control;

import it.sfide.audit.boundary.ActorDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Tells the audit chain which organisation an actor belongs to. */
@Dependent
public class IdentityActorDirectory implements ActorDirectory {

    @Inject
    Accounts accounts;

    @Override
    public Long organisationOf(String username) {
        return accounts.byUsername(username)
                .map(a -> a.getOrganisation() == null ? null : a.getOrganisation().getId())
                .orElse(null);
    }
}
