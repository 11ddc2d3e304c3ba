package it.sfide.identity.control;

import it.sfide.identity.Account;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Who is calling, as the container authenticated them, and the checks of "whose data is this": every object
 * access is decided here, on the server, against the caller's organisation and role.
 */
@Dependent
public class Caller {

    @Resource
    EJBContext context;

    @Inject
    Accounts accounts;

    public String username() {
        return context.getCallerPrincipal().getName();
    }

    public Account account() {
        return accounts.byUsername(username())
                .orElseThrow(() -> new SfideException(ErrorKind.UNAUTHORIZED, "error.unauthorized"));
    }

    public boolean isAdmin() {
        return context.isCallerInRole(Role.ADMIN_NAME);
    }

    /** The caller may read the organisation: a platform admin, or one of its members. */
    public Account requireMemberOrAdmin(long organisationId) {
        Account me = account();
        if (me.getRole() != Role.ADMIN && !me.belongsTo(organisationId)) {
            throw SfideException.forbidden();
        }
        return me;
    }

    /**
     * The caller's organisation has been verified by a platform admin: required before publishing, submitting or
     * signing. Unverified organisations can browse.
     */
    public Account requireVerifiedOrganisation() {
        Account me = account();
        if (me.getOrganisation() == null || !me.getOrganisation().isVerified()) {
            throw new SfideException(ErrorKind.FORBIDDEN, "error.organisation.notVerified");
        }
        return me;
    }

    /** The caller may manage the organisation's members: its manager, or a platform admin. */
    public Account requireManagerOrAdmin(long organisationId) {
        Account me = requireMemberOrAdmin(organisationId);
        if (me.getRole() != Role.ADMIN && !me.isOrganisationManager()) {
            throw SfideException.forbidden();
        }
        return me;
    }

    /**
     * The caller manages the organisation: its manager only, not a platform admin (who reads it). A member who is
     * not its manager and anyone outside it are refused alike (403), whether or not the organisation exists.
     */
    public Account requireManager(long organisationId) {
        Account me = account();
        if (!me.belongsTo(organisationId) || !me.isOrganisationManager()) {
            throw SfideException.forbidden();
        }
        return me;
    }
}
