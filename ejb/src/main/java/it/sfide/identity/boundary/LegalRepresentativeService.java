package it.sfide.identity.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.identity.Account;
import it.sfide.identity.LegalRepresentative;
import it.sfide.identity.Organisation;
import it.sfide.identity.RepresentativeDetails;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.Caller;
import it.sfide.identity.control.LegalRepresentatives;
import it.sfide.shared.Role;
import it.sfide.shared.ValidationFailure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * Who legally represents an organisation, and so may sign for it: its members (and platform admins) read them, its
 * manager alone adds, corrects and removes them. Someone outside the organisation is refused (403) as for its other
 * data, whether it exists or not; a representative of another organisation is "not found" like a missing one.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME})
public class LegalRepresentativeService {

    @Inject
    LegalRepresentatives representatives;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The organisation's legal representatives, by surname. */
    public List<LegalRepresentativeView> list(long organisationId) {
        caller.requireMemberOrAdmin(organisationId);
        accounts.requireOrganisation(organisationId);
        return representatives.of(organisationId).stream().map(LegalRepresentativeView::of).toList();
    }

    public LegalRepresentativeView get(long organisationId, long id) {
        caller.requireMemberOrAdmin(organisationId);
        return LegalRepresentativeView.of(representatives.require(organisationId, id));
    }

    /** The manager records a legal representative; every problem of the form is answered on its field (422). */
    @Audited(value = "legalRepresentative.add", target = "organisation")
    public LegalRepresentativeView add(long organisationId, LegalRepresentativeForm form) {
        Account me = caller.requireManager(organisationId);
        Organisation organisation = representatives.lockOrganisation(organisationId);
        Checked checked = check(organisationId, form, null);
        LegalRepresentative added = representatives.persist(new LegalRepresentative(organisation, checked.details(),
                checked.member(), me, clock.instant()));
        return LegalRepresentativeView.of(added);
    }

    /** The manager corrects a legal representative: the whole form, as for {@link #add}. */
    @Audited(value = "legalRepresentative.update", target = "organisation")
    public LegalRepresentativeView update(long organisationId, long id, LegalRepresentativeForm form) {
        Account me = caller.requireManager(organisationId);
        representatives.lockOrganisation(organisationId);
        LegalRepresentative representative = representatives.require(organisationId, id);
        Checked checked = check(organisationId, form, id);
        representative.revise(checked.details(), checked.member(), me, clock.instant());
        representatives.flush();
        return LegalRepresentativeView.of(representative);
    }

    /** The manager removes a legal representative (the audit log keeps that it was one). */
    @Audited(value = "legalRepresentative.remove", target = "organisation")
    public void remove(long organisationId, long id) {
        caller.requireManager(organisationId);
        representatives.lockOrganisation(organisationId);
        representatives.remove(representatives.require(organisationId, id));
    }

    private record Checked(RepresentativeDetails details, Account member) {
    }

    /**
     * The form's details and member, or every problem found: the fields' own first (all at once, with whether the
     * account is a member), then whether another representative (not {@code except}) is the same person.
     */
    private Checked check(long organisationId, LegalRepresentativeForm form, Long except) {
        LegalRepresentativeForm f = form == null ? new LegalRepresentativeForm(null, null, null, null, null, null, null)
                : form;
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        RepresentativeDetails details = null;
        try {
            details = new RepresentativeDetails(f.givenName(), f.familyName(), f.taxCode(), f.foreignCountry(),
                    f.foreignId(), f.title());
        } catch (ValidationFailure invalid) {
            invalid.problems().forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments()));
        }
        Account member = null;
        if (f.accountId() != null) {
            member = accounts.byId(f.accountId()).filter(a -> a.belongsTo(organisationId)).orElse(null);
            problems.check(member != null, "accountId", "error.legalRep.account.notMember");
            problems.check(member == null || !representatives.accountTaken(organisationId, member.getId(), except),
                    "accountId", "error.legalRep.account.taken");
        }
        if (details != null) {
            problems.check(details.taxCode() == null
                    || !representatives.taxCodeTaken(organisationId, details.taxCode(), except),
                    "taxCode", "error.legalRep.taxCode.taken");
            problems.check(details.foreignId() == null || !representatives.foreignIdTaken(organisationId,
                    details.foreignCountry(), details.foreignId(), except), "foreignId",
                    "error.legalRep.foreignId.taken");
        }
        problems.throwIfAny(); // details are null only with problems
        return new Checked(details, member);
    }
}
