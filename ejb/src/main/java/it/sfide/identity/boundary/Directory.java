package it.sfide.identity.boundary;

import it.sfide.identity.Account;
import it.sfide.identity.Organisation;
import it.sfide.identity.OrganisationKind;
import it.sfide.identity.OrganisationStatus;
import it.sfide.identity.control.Accounts;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What other areas ask of identity: who is calling, the names of organisations, and whom to write to. Read-only,
 * for use inside the application (it is not exposed over HTTP); the calling boundary decides access.
 */
@Stateless
@PermitAll
public class Directory {

    @Inject
    Accounts accounts;

    @Resource
    EJBContext context;

    /** The authenticated caller, or empty for an anonymous visitor. */
    public Optional<Actor> currentActor() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "ANONYMOUS".equalsIgnoreCase(name)) {
            return Optional.empty();
        }
        return accounts.byUsername(name).map(Actor::of);
    }

    /** The authenticated caller; a business error (401) for an anonymous one. */
    public Actor requireActor() {
        return currentActor().orElseThrow(() -> new SfideException(ErrorKind.UNAUTHORIZED, "error.unauthorized"));
    }

    /**
     * The authenticated caller, allowed to do what others see: the one check of every publishing act (a business
     * error, 403, for a member of an organisation not verified by a platform admin; the act's audit records the
     * refusal).
     */
    public Actor requirePublishingActor() {
        return requireActor().requireMayPublish();
    }

    /** The names of these organisations, by id. */
    public Map<Long, String> organisationNames(Collection<Long> ids) {
        return accounts.organisationsByIds(ids).stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }

    public String organisationName(long id) {
        return accounts.requireOrganisation(id).getName();
    }

    /** A verified public body, by id: the business error a client sees as 404 when it is not one. */
    public String requireVerifiedPublicBody(long id) {
        Organisation o = accounts.organisation(id)
                .filter(org -> org.getKind() == OrganisationKind.PUBLIC_BODY && org.isVerified())
                .orElseThrow(() -> SfideException.notFound("error.organisation.notFound"));
        return o.getName();
    }

    /** The verified public bodies, by name. */
    public List<BodyView> publicBodies() {
        return verified(true);
    }

    /** Whom to write to among these accounts. */
    public List<Contact> contacts(Collection<Long> accountIds) {
        return accounts.byIds(accountIds).stream().map(Contact::of).toList();
    }

    /** How these people are shown to others: their name and organisation, by account id. */
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        return accounts.byIds(accountIds).stream().collect(Collectors.toMap(Account::getId,
                a -> a.getOrganisation() == null ? a.getFullName()
                        : a.getFullName() + " (" + a.getOrganisation().getName() + ")"));
    }

    /** The buyer officers of a public body. */
    public List<Contact> officers(long bodyId) {
        return accounts.members(bodyId).stream().filter(a -> a.getRole() == Role.BUYER).map(Contact::of).toList();
    }

    /** The verified operator organisations (companies, universities, ...), by name. */
    public List<BodyView> verifiedOperators() {
        return verified(false);
    }

    private List<BodyView> verified(boolean publicBodies) {
        return accounts.organisations(OrganisationStatus.VERIFIED).stream()
                .filter(o -> (o.getKind() == OrganisationKind.PUBLIC_BODY) == publicBodies)
                .map(o -> new BodyView(o.getId(), o.getName())).toList();
    }

    /** The operators (members with the operator role) of an organisation. */
    public List<Contact> operators(long organisationId) {
        return accounts.members(organisationId).stream().filter(a -> a.getRole() == Role.OPERATOR)
                .map(Contact::of).toList();
    }

    /**
     * A verified operator organisation (not a public body), by id, with its name: the business error a client sees
     * as 404 when it is not one.
     */
    public String requireVerifiedOperator(long id) {
        return accounts.organisation(id)
                .filter(org -> org.getKind() != OrganisationKind.PUBLIC_BODY && org.isVerified())
                .orElseThrow(() -> SfideException.notFound("error.organisation.notFound")).getName();
    }

    /** A public body, for lists and filters. */
    public record BodyView(long id, String name) {
    }

}
