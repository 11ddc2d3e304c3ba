package it.sfide.identity.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.identity.Account;
import it.sfide.identity.Organisation;
import it.sfide.identity.OrganisationStatus;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.Caller;
import it.sfide.identity.control.VerificationCertificates;
import it.sfide.platform.mail.Mailer;
import it.sfide.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * The platform admin's checks of registered organisations: verify them (which issues the sealed verification
 * certificate), or reject them with a reason.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class VerificationService {

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    Mailer mailer;

    @Inject
    VerificationCertificates certificates;

    @Inject
    Clock clock;

    /** Organisations in the given status (all when null), oldest registration first. */
    public List<OrganisationView> list(OrganisationStatus status) {
        return accounts.organisations(status).stream().map(OrganisationView::of).toList();
    }

    @Audited(value = "organisation.verify", target = "organisation")
    public OrganisationView verify(long organisationId) {
        Organisation organisation = accounts.requireOrganisation(organisationId);
        organisation.verify(caller.username(), clock.instant());
        certificates.issueFor(organisation);
        notifyMembers(organisation, "verified", organisation.getName());
        return OrganisationView.of(organisation);
    }

    @Audited(value = "organisation.reject", target = "organisation")
    public OrganisationView reject(long organisationId, String reason) {
        Organisation organisation = accounts.requireOrganisation(organisationId);
        organisation.reject(caller.username(), reason, clock.instant());
        notifyMembers(organisation, "rejected", organisation.getName(), organisation.getStatusReason());
        return OrganisationView.of(organisation);
    }

    private void notifyMembers(Organisation organisation, String template, Object... args) {
        for (Account member : accounts.members(organisation.getId())) {
            mailer.send(member.getEmail(), member.getLocale(), template, args);
        }
    }
}
