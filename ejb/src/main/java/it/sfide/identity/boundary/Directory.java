package it.sfide.identity.boundary;

import it.sfide.identity.Account;
import it.sfide.identity.ItalianRegion;
import it.sfide.identity.Organisation;
import it.sfide.identity.OrganisationKind;
import it.sfide.identity.OrganisationStatus;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.LegalRepresentatives;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    @Inject
    LegalRepresentatives representatives;

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

    /** An organisation's tax code (codice fiscale), or its VAT number when it has no tax code; null when neither. */
    public String organisationTaxCode(long id) {
        Organisation o = accounts.requireOrganisation(id);
        return o.getTaxCode() != null ? o.getTaxCode() : o.getVatNumber();
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

    /** The roles a committee may be chosen from: never a platform admin. */
    private static final Set<Role> PEOPLE_ROLES = EnumSet.of(Role.BUYER, Role.OPERATOR, Role.EVALUATOR);

    /** The longest list {@link #searchPeople} returns. */
    public static final int SEARCH_MAX = 50;

    /**
     * The domains (lower case, after the {@code @}) of the e-mail addresses of the members of these organisations, by
     * organisation id, in one query; an organisation without members is absent.
     */
    public Map<Long, Set<String>> emailDomains(Collection<Long> organisationIds) {
        Map<Long, Set<String>> domains = new HashMap<>();
        for (Object[] row : accounts.memberEmails(organisationIds)) {
            String email = (String) row[1];
            int at = email.lastIndexOf('@');
            if (at >= 0 && at < email.length() - 1) {
                domains.computeIfAbsent((Long) row[0], id -> new TreeSet<>())
                        .add(email.substring(at + 1).strip().toLowerCase(Locale.ROOT));
            }
        }
        return domains;
    }

    /**
     * For each of these e-mail domains, how many organisations have members writing from it: a domain only one
     * organisation uses is that organisation's own (one query).
     */
    public Map<String, Long> organisationsUsingDomains(Collection<String> domains) {
        Map<String, Long> usage = new HashMap<>();
        for (Object[] row : accounts.domainUsage(domains)) {
            usage.put((String) row[0], ((Number) row[1]).longValue());
        }
        return usage;
    }

    /** These people (unknown ids are left out), by name, in one query. */
    public List<Person> people(Collection<Long> accountIds) {
        return accounts.people(accountIds).stream().map(Person::of).toList();
    }

    /**
     * People an officer may choose for a committee: buyers, operators and evaluators (never platform admins), with no
     * organisation or a verified one, whose name, username or e-mail address holds {@code query} (any case); at most
     * {@code max} (and at most {@link #SEARCH_MAX}), by name, in one query. A query shorter than two characters finds
     * nobody.
     */
    public List<Person> searchPeople(String query, int max) {
        String text = query == null ? "" : query.strip();
        if (text.length() < 2 || max < 1) {
            return List.of();
        }
        return accounts.searchPeople(text, PEOPLE_ROLES, Math.min(max, SEARCH_MAX)).stream().map(Person::of).toList();
    }

    /** Where these expert invitations stand (unknown ids are left out), in one query. */
    public List<ExpertInvitationState> expertInvitations(Collection<Long> invitationIds) {
        return accounts.expertInvitations(invitationIds).stream()
                .map(i -> new ExpertInvitationState(i.getId(), i.getEmail(), i.getFullName(), i.getBodyId(),
                        i.getCreatedAt(), i.getExpiresAt(), i.getAcceptedAt(), i.getAccountId()))
                .toList();
    }

    /**
     * The legal representatives of an organisation (operator or public body), by surname, in one query: who may sign
     * for it. Empty for an organisation with none or that does not exist. Match a signer with
     * {@link LegalRepresentativeView#identifiedBy} and {@link LegalRepresentativeView#named}.
     */
    public List<LegalRepresentativeView> legalRepresentatives(long organisationId) {
        return representatives.of(organisationId).stream().map(LegalRepresentativeView::of).toList();
    }

    /** Whether the account is linked to a legal representative of the organisation (one query). */
    public boolean isLegalRepresentative(long organisationId, long accountId) {
        return representatives.accountTaken(organisationId, accountId, null);
    }

    /** A public body, for lists and filters. */
    public record BodyView(long id, String name) {
    }

    /** A public body as others describe it: its name, its code in the iPA register and its region. */
    public record PublicBodyView(long id, String name, String ipaCode, ItalianRegion region) {
    }

    /**
     * An organisation as a public register describes it (open data names the parties of a contracting process):
     * its name, kind, country, tax code, VAT number, iPA code and region; never its contacts.
     */
    public record PartyView(long id, String name, OrganisationKind kind, String country, String taxCode,
            String vatNumber, String ipaCode, ItalianRegion region) {
    }

    /** These organisations as public registers describe them, by id (one query). */
    public Map<Long, PartyView> parties(Collection<Long> ids) {
        return accounts.organisationsByIds(ids).stream().collect(Collectors.toMap(Organisation::getId,
                o -> new PartyView(o.getId(), o.getName(), o.getKind(), o.getCountry(), o.getTaxCode(),
                        o.getVatNumber(), o.getIpaCode(), o.getRegion())));
    }

    /** A public body (verified or not), by id; empty for an operator or an unknown id. */
    public Optional<PublicBodyView> publicBody(long id) {
        return accounts.organisation(id).filter(o -> o.getKind() == OrganisationKind.PUBLIC_BODY)
                .map(o -> new PublicBodyView(o.getId(), o.getName(), o.getIpaCode(), o.getRegion()));
    }

}
