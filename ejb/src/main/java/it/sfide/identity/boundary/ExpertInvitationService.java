package it.sfide.identity.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.identity.Account;
import it.sfide.identity.Codes;
import it.sfide.identity.ExpertInvitation;
import it.sfide.identity.Organisation;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.Caller;
import it.sfide.identity.control.MemberRules;
import it.sfide.identity.control.PasswordHasher;
import it.sfide.identity.control.Secrets;
import it.sfide.platform.Links;
import it.sfide.platform.i18n.Texts;
import it.sfide.platform.mail.Mailer;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * External experts invited by e-mail to evaluate for a buying body: an officer of a verified body invites, the
 * expert registers as an evaluator (no organisation) through the link, or, holding an account with the invited
 * address already, accepts signed in. Either way {@link ExpertJoined} is fired inside the transaction, for the
 * committee that made the invitation. The link's holder learns no more about existing accounts than an invited
 * member of an organisation does ({@link RegistrationService#acceptInvitation}).
 */
@Stateless
public class ExpertInvitationService {

    private static final int EMAIL_MAX = 254;

    @Inject
    Directory directory;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    MemberRules memberRules;

    @Inject
    PasswordHasher hasher;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    @Inject
    Clock clock;

    @Inject
    Event<ExpertJoined> joined;

    @Resource
    EJBContext context;

    /**
     * An officer of a verified public body invites an expert: the link goes by e-mail, in {@code locale}, with
     * {@code context} (what the expert is invited for) in it. Inviting an address again makes a new invitation.
     *
     * @return the invitation's id
     */
    @RolesAllowed(Role.BUYER_NAME)
    @Audited(value = "expert.invite", target = "expertInvitation")
    public long invite(String email, String fullName, Locale locale, String context) {
        Actor officer = directory.requirePublishingActor();
        if (officer.organisationId() == null || !officer.publicBody()) {
            throw SfideException.forbidden();
        }
        String address = MemberRules.normaliseEmail(email);
        String name = fullName == null ? "" : fullName.strip();
        String about = context == null ? "" : context.strip();
        new ValidationFailure.Collector()
                .check(Codes.isEmail(address) && address.length() <= EMAIL_MAX, "email", "error.email.format")
                .check(!name.isEmpty(), "fullName", "error.required")
                .check(name.length() <= Account.FULL_NAME_MAX, "fullName", "error.tooLong", Account.FULL_NAME_MAX)
                .check(about.length() <= ExpertInvitation.CONTEXT_MAX, "context", "error.tooLong",
                        ExpertInvitation.CONTEXT_MAX)
                .throwIfAny();
        Locale language = Texts.supported(locale);
        Instant now = clock.instant();
        String token = Secrets.newSecret("");
        ExpertInvitation invitation = accounts.persist(new ExpertInvitation(address, name, Secrets.sha256(token),
                officer.accountId(), officer.username(), officer.organisationId(), about, language, now));
        accounts.flush();
        String aboutLine = invitation.getContext() == null ? ""
                : Texts.get(language, "mail.expertInvitation.context", invitation.getContext()) + "\n\n";
        mailer.send(address, language, "expertInvitation", officer.fullName(), officer.organisationName(),
                invitation.getFullName(), aboutLine, links.expertInvitation(token),
                Date.from(invitation.getExpiresAt()));
        return invitation.getId();
    }

    /**
     * What the page of the link shows. An unknown link is "not found"; a used or expired one says so (only the
     * holder of the link learns it).
     */
    @PermitAll
    public ExpertInvitationView find(String token) {
        ExpertInvitation invitation = open(accounts.expertInvitationByHash(hash(token)));
        Optional<Account> me = signedIn();
        String body = accounts.organisation(invitation.getBodyId()).map(Organisation::getName).orElse("");
        String inviter = accounts.byId(invitation.getInvitedByAccount()).map(Account::getFullName)
                .orElse(invitation.getInvitedBy());
        return new ExpertInvitationView(invitation.getId(), invitation.getFullName(), invitation.getEmail(),
                invitation.getContext(), body, inviter, invitation.getExpiresAt(), me.isPresent(),
                me.filter(this::mayAccept).filter(a -> invitation.isFor(a.getEmail())).isPresent());
    }

    /**
     * The expert registers: an evaluator account with the invitation's address, no organisation. The fields are
     * checked as for an invited member (a username already taken is said); when the address already has an account,
     * its owner is asked to sign in and accept instead.
     */
    @PermitAll
    @Audited(value = "expert.register", target = "expertInvitation")
    public ExpertAccount accept(String token, NewExpert form) {
        ExpertInvitation invitation = open(accounts.expertInvitationForUpdate(hash(token)));
        if (form == null) {
            throw SfideException.invalid("fullName", "error.required");
        }
        if (accounts.emailTaken(invitation.getEmail())) {
            throw SfideException.conflict("error.expertInvitation.accountExists");
        }
        String username = MemberRules.normaliseUsername(form.username());
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        memberRules.check(problems, form.fullName(), username, invitation.getEmail(), form.password());
        problems.throwIfAny();
        Instant now = clock.instant();
        Locale locale = form.locale() == null || form.locale().isBlank() ? invitation.getLocale()
                : Texts.supported(Locale.forLanguageTag(form.locale()));
        Account account = accounts.persist(new Account(username, invitation.getEmail(), form.fullName(),
                hasher.hash(form.password()), Role.EVALUATOR, null, locale, now));
        accounts.flush();
        return spend(invitation, account, now);
    }

    /** A person signed in with the invited address accepts: their account is the expert's, nothing is created. */
    @RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    @Audited(value = "expert.accept", target = "expertInvitation")
    public ExpertAccount acceptAsSignedIn(String token) {
        Account me = caller.account();
        ExpertInvitation invitation = open(accounts.expertInvitationForUpdate(hash(token)));
        if (!mayAccept(me) || !invitation.isFor(me.getEmail())) {
            throw new SfideException(ErrorKind.FORBIDDEN, "error.expertInvitation.otherAddress");
        }
        return spend(invitation, me, clock.instant());
    }

    private ExpertAccount spend(ExpertInvitation invitation, Account account, Instant now) {
        invitation.accept(account.getId(), now);
        accounts.flush();
        joined.fire(new ExpertJoined(invitation.getId(), account.getId()));
        String body = accounts.organisation(invitation.getBodyId()).map(Organisation::getName).orElse("");
        mailer.send(account.getEmail(), account.getLocale(), "expertJoined", account.getFullName(), body,
                account.getUsername());
        return new ExpertAccount(invitation.getId(), account.getId(), account.getUsername());
    }

    /** The invitation, if it can still be accepted; otherwise the business error that says why not. */
    private ExpertInvitation open(Optional<ExpertInvitation> found) {
        ExpertInvitation invitation = found.orElseThrow(
                () -> SfideException.notFound("error.expertInvitation.notFound"));
        if (!invitation.isOpen(clock.instant())) {
            throw SfideException.conflict(invitation.getAcceptedAt() != null
                    ? "error.expertInvitation.used" : "error.expertInvitation.expired");
        }
        return invitation;
    }

    /** The hash to look a token up by; an absent token is looked up as one nobody holds. */
    private static String hash(String token) {
        return Secrets.sha256(token == null ? "" : token);
    }

    private Optional<Account> signedIn() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || "ANONYMOUS".equalsIgnoreCase(name)) {
            return Optional.empty();
        }
        return accounts.byUsername(name);
    }

    /** Platform admins do not evaluate; people of a rejected organisation cannot sign in. */
    private boolean mayAccept(Account account) {
        return account.getRole() != Role.ADMIN && !account.isBarred();
    }
}
