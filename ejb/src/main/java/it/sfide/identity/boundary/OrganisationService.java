package it.sfide.identity.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.identity.Account;
import it.sfide.identity.Codes;
import it.sfide.identity.Organisation;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.Caller;
import it.sfide.identity.control.InvitationSender;
import it.sfide.identity.control.MemberRules;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * An organisation as its members see it: its details, its members and the invitations to join it. Members see
 * their own organisation only; its manager invites; a platform admin sees every organisation.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME})
public class OrganisationService {

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    InvitationSender sender;

    @Inject
    Clock clock;

    public OrganisationView get(long organisationId) {
        caller.requireMemberOrAdmin(organisationId);
        return OrganisationView.of(accounts.requireOrganisation(organisationId));
    }

    public List<MemberView> members(long organisationId) {
        caller.requireMemberOrAdmin(organisationId);
        accounts.requireOrganisation(organisationId);
        return accounts.members(organisationId).stream().map(MemberView::of).toList();
    }

    public List<InvitationView> openInvitations(long organisationId) {
        caller.requireManagerOrAdmin(organisationId);
        return accounts.openInvitations(organisationId, clock.instant()).stream().map(InvitationView::of).toList();
    }

    /** Sends an invitation link, valid for {@code SFIDE_INVITATION_DAYS} days, to a person not yet registered. */
    @Audited(value = "invitation.send", target = "organisation")
    public InvitationView invite(long organisationId, String email) {
        Account me = caller.requireManagerOrAdmin(organisationId);
        Organisation organisation = accounts.requireOrganisation(organisationId);
        String address = MemberRules.normaliseEmail(email);
        if (!Codes.isEmail(address)) {
            throw SfideException.invalid("email", "error.email.format");
        }
        if (accounts.emailTaken(address)) {
            throw SfideException.invalid("email", "error.email.taken");
        }
        return InvitationView.of(sender.send(organisation, address, me));
    }
}
