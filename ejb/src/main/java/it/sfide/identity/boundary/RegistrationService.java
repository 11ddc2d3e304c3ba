package it.sfide.identity.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.identity.Account;
import it.sfide.identity.Codes;
import it.sfide.identity.Invitation;
import it.sfide.identity.Organisation;
import it.sfide.identity.OrganisationKind;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.MemberRules;
import it.sfide.identity.control.PasswordHasher;
import it.sfide.identity.control.RegistrationThrottle;
import it.sfide.identity.control.Secrets;
import it.sfide.platform.i18n.Texts;
import it.sfide.platform.mail.Mailer;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Public entry points of identity: an organisation registers with its first member (who manages it), and an
 * invited person joins an organisation through the link they received. Bad data is reported field by field and
 * nothing is saved; whether an account or organisation already exists is never part of a registration's answer.
 */
@Stateless
@PermitAll
public class RegistrationService {

    private static final int EMAIL_MAX = 254;

    @Inject
    Accounts accounts;

    @Inject
    MemberRules memberRules;

    @Inject
    PasswordHasher hasher;

    @Inject
    Mailer mailer;

    @Inject
    RegistrationThrottle throttle;

    @Inject
    Clock clock;

    /** A registration from inside the application (no client address): only the per-address limit applies. */
    @Audited(value = "organisation.register", target = "organisation")
    public void register(RegistrationRequest request) {
        register(request, null);
    }

    /**
     * Registers an organisation with its first member, throttled per client address and per e-mail address. Mistakes
     * in the fields are answered field by field; otherwise the answer is always the same, whether the registration was
     * made or not (a username, e-mail address or organisation already known), so nobody learns who is registered: the
     * e-mail sent to the address given says what happened, and only its owner reads it.
     */
    @Audited(value = "organisation.register", target = "organisation")
    public void register(RegistrationRequest request, String clientAddress) {
        throttle.admitClient(clientAddress);
        if (request == null || request.kind() == null) {
            throw SfideException.invalid("kind", "error.required");
        }
        Instant now = clock.instant();
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        Organisation organisation = newOrganisation(request, now, problems);
        String username = MemberRules.normaliseUsername(request.username());
        String email = MemberRules.normaliseEmail(request.email());
        memberRules.checkForm(problems, request.fullName(), username, email, request.password());
        problems.throwIfAny();
        throttle.admitEmail(email);

        Locale locale = Texts.supported(request.locale() == null ? null : Locale.forLanguageTag(request.locale()));
        Optional<Account> known = accounts.byEmail(email);
        List<String> conflicts = known.isPresent() ? List.of() : conflicts(organisation, username);
        if (known.isPresent() || !conflicts.isEmpty()) {
            hasher.spendTime(request.password()); // as long as a registration made, which hashes the password
            if (known.isPresent()) {
                Account owner = known.get();
                // nothing the requester typed goes to the owner of the address
                mailer.send(email, owner.getLocale(), "registrationKnown", owner.getUsername());
            } else {
                mailer.send(email, locale, "registrationRefused", request.fullName().strip(), organisation.getName(),
                        conflicts.stream().map(key -> "- " + Texts.get(locale, key))
                                .collect(Collectors.joining("\n")));
            }
            return;
        }
        accounts.persist(organisation);
        Account first = new Account(username, email, request.fullName(), hasher.hash(request.password()),
                organisation.getKind().memberRole(), organisation, locale, now);
        first.makeOrganisationManager();
        accounts.persist(first);
        accounts.flush();
        mailer.send(email, locale, "registered", first.getFullName(), organisation.getName());
        accounts.admins().forEach(admin -> mailer.send(admin.getEmail(), admin.getLocale(), "toVerify",
                organisation.getName(), organisation.getTaxCode()));
    }

    /** Why a well-formed registration cannot be made: the message keys, told only by e-mail. */
    private List<String> conflicts(Organisation organisation, String username) {
        List<String> conflicts = new ArrayList<>();
        if (accounts.usernameTaken(username)) {
            conflicts.add("error.username.taken");
        }
        if (organisation.getIpaCode() != null && accounts.ipaCodeTaken(organisation.getIpaCode())) {
            conflicts.add("error.ipa.taken");
        }
        if (accounts.taxCodeTaken(organisation.getCountry(), organisation.getTaxCode())) {
            conflicts.add("error.taxCode.taken");
        }
        return conflicts;
    }

    /** Who invited whom: shown on the page where the invitation is accepted. */
    public InvitationView describeInvitation(String token) {
        Invitation invitation = openInvitation(token);
        return InvitationView.of(invitation);
    }

    @Audited(value = "invitation.accept", target = "organisation")
    public Registered acceptInvitation(String token, NewMember member) {
        Invitation invitation = openInvitation(token);
        Instant now = clock.instant();
        String username = MemberRules.normaliseUsername(member.username());
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        memberRules.check(problems, member.fullName(), username, invitation.getEmail(), member.password());
        problems.throwIfAny();
        invitation.accept(now);
        Organisation organisation = invitation.getOrganisation();
        Locale locale = Texts.supported(member.locale() == null ? null : Locale.forLanguageTag(member.locale()));
        Account account = accounts.persist(new Account(username, invitation.getEmail(), member.fullName(),
                hasher.hash(member.password()), organisation.getKind().memberRole(), organisation, locale, now));
        accounts.flush();
        mailer.send(account.getEmail(), locale, "joined", account.getFullName(), organisation.getName(), username);
        return new Registered(organisation.getId(), account.getId(), username);
    }

    private Invitation openInvitation(String token) {
        Invitation invitation = token == null ? null
                : accounts.invitationByTokenHash(Secrets.sha256(token)).orElse(null);
        if (invitation == null) {
            throw SfideException.notFound("error.invitation.notFound");
        }
        if (!invitation.isOpen(clock.instant())) {
            throw SfideException.conflict(invitation.getAcceptedAt() != null
                    ? "error.invitation.used" : "error.invitation.expired");
        }
        return invitation;
    }

    /**
     * Validates the organisation part of the request, field by field, into {@code problems}, and builds the
     * pending organisation; null when a problem was found.
     */
    private Organisation newOrganisation(RegistrationRequest r, Instant now, ValidationFailure.Collector problems) {
        String name = r.organisationName() == null ? "" : r.organisationName().strip();
        problems.check(!name.isEmpty(), "organisationName", "error.required")
                .check(name.length() <= Organisation.NAME_MAX, "organisationName", "error.tooLong",
                        Organisation.NAME_MAX);
        String taxCode = Codes.normalise(r.taxCode());
        Organisation organisation = null;
        if (r.kind() == OrganisationKind.PUBLIC_BODY) {
            String ipa = r.ipaCode() == null ? "" : r.ipaCode().strip().toLowerCase(Locale.ROOT);
            String pec = MemberRules.normaliseEmail(r.pec());
            problems.check(Codes.isIpaCode(ipa), "ipaCode", "error.ipa.format")
                    .check(Codes.isItalianFiscalCode(taxCode), "taxCode", "error.taxCode.italian")
                    .check(Codes.isEmail(pec), "pec", "error.email.format")
                    .check(r.region() != null, "region", "error.required");
            if (!problems.any()) {
                organisation = Organisation.publicBody(name, ipa, taxCode, pec, r.region(), now);
            }
        } else {
            String country = r.country() == null ? "" : r.country().strip().toUpperCase(Locale.ROOT);
            String vat = r.vatNumber() == null || r.vatNumber().isBlank() ? null : Codes.normalise(r.vatNumber());
            String contact = MemberRules.normaliseEmail(r.contactEmail());
            problems.check(r.operatorType() != null, "operatorType", "error.required")
                    .check(Codes.isCountry(country), "country", "error.country.format")
                    .check(Codes.isEmail(contact) && contact.length() <= EMAIL_MAX, "contactEmail",
                            "error.email.format");
            if ("IT".equals(country)) {
                problems.check(Codes.isItalianFiscalCode(taxCode), "taxCode", "error.taxCode.italian");
                problems.check(vat == null || Codes.isItalianVatNumber(vat), "vatNumber", "error.vat.italian");
            } else if (Codes.isCountry(country)) {
                // abroad the fiscal identifier is the VAT number: the tax code field may repeat it or be empty
                String id = taxCode == null || taxCode.isEmpty() ? vat : taxCode;
                problems.check(id != null && Codes.isVatNumber(country, id), "taxCode", "error.vat.foreign", country);
                taxCode = id;
            }
            if (!problems.any()) {
                organisation = Organisation.operator(name, r.operatorType(), country, taxCode, vat, contact, now);
            }
        }
        return organisation;
    }
}
