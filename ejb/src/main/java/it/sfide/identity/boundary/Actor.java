package it.sfide.identity.boundary;

import it.sfide.identity.Account;
import it.sfide.identity.OrganisationKind;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;

import java.util.Locale;

/**
 * Who is acting, as other areas need to know it to decide access: their account, role and organisation.
 *
 * @param organisationId null for people without an organisation (platform admins, evaluators)
 * @param publicBody whether the organisation is a public body
 * @param verified whether the organisation has been verified by a platform admin
 */
public record Actor(long accountId, String username, String fullName, Role role, Long organisationId,
        String organisationName, boolean publicBody, boolean verified, Locale locale) {

    static Actor of(Account a) {
        return new Actor(a.getId(), a.getUsername(), a.getFullName(), a.getRole(),
                a.getOrganisation() == null ? null : a.getOrganisation().getId(),
                a.getOrganisation() == null ? null : a.getOrganisation().getName(),
                a.getOrganisation() != null && a.getOrganisation().getKind() == OrganisationKind.PUBLIC_BODY,
                a.getOrganisation() != null && a.getOrganisation().isVerified(), a.getLocale());
    }

    /**
     * May do what others see (publish, join, post, ask, answer, submit, sign): people without an organisation
     * (platform admins, evaluators) and members of a verified one; never a pending or rejected organisation.
     */
    public boolean mayPublish() {
        return organisationId == null || verified;
    }

    /** This actor, if they {@link #mayPublish()}; otherwise the business error (403) every publishing act gives. */
    public Actor requireMayPublish() {
        if (!mayPublish()) {
            throw new SfideException(ErrorKind.FORBIDDEN, "error.organisation.notVerified");
        }
        return this;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** A buyer officer of this body. */
    public boolean isOfficerOf(long bodyId) {
        return role == Role.BUYER && organisationId != null && organisationId == bodyId;
    }
}
