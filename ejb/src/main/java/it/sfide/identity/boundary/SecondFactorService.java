package it.sfide.identity.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.identity.Account;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.Caller;
import it.sfide.identity.control.MemberRules;
import it.sfide.identity.control.QrCodes;
import it.sfide.identity.control.SecondFactors;
import it.sfide.identity.control.Totp;
import it.sfide.platform.Links;
import it.sfide.platform.Settings;
import it.sfide.platform.mail.Mailer;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.OptionalLong;

/**
 * The caller's optional second factor (TOTP, RFC 6238): set up with a QR code and confirmed with a first code, which
 * returns ten one-time recovery codes shown once; turned off with a code. Platform admins must have one and cannot
 * turn it off (the published demo accounts sign in without one in demo mode: see AuthenticationService). A platform
 * admin removes the second factor of a person who lost both the app and the recovery codes.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class SecondFactorService {

    static final String ISSUER = "Sfide";

    @Inject
    Caller caller;

    @Inject
    SecondFactors secondFactors;

    @Inject
    Settings settings;

    @Inject
    Accounts accounts;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    public SecondFactorView status() {
        Account me = caller.account();
        return new SecondFactorView(me.hasSecondFactor(), required(me),
                me.hasSecondFactor() ? secondFactors.recoveryCodesLeft(me) : 0, List.of());
    }

    /** A new secret for the person's app, replacing an enrolment not yet confirmed. */
    @Audited(value = "totp.begin", target = "account")
    public Enrolment begin() {
        Account me = caller.account();
        byte[] secret = secondFactors.begin(me);
        String uri = Totp.uri(ISSUER + " " + settings.baseUrl().replaceFirst("^https?://", ""), me.getUsername(),
                secret);
        return new Enrolment(Totp.base32(secret), uri, QrCodes.pngDataUri(uri));
    }

    /** A right code of the new secret turns the second factor on; the answer holds the recovery codes, once. */
    @Audited(value = "totp.enable", target = "account")
    public SecondFactorView confirm(String code) {
        Account me = caller.account();
        if (me.hasSecondFactor()) {
            throw SfideException.conflict("error.totp.enabled");
        }
        OptionalLong step = secondFactors.step(me, code);
        if (step.isEmpty()) {
            throw SfideException.invalid("code", me.getTotpSecret() == null ? "error.totp.notStarted"
                    : "error.totp.wrong");
        }
        me.confirmSecondFactor(step.getAsLong());
        List<String> codes = secondFactors.newRecoveryCodes(me);
        return new SecondFactorView(true, required(me), codes.size(), codes);
    }

    /** Turns the second factor off, with a code of the app or a recovery code; not for platform admins. */
    @Audited(value = "totp.disable", target = "account")
    public void disable(String code) {
        Account me = caller.account();
        if (required(me)) {
            throw new SfideException(ErrorKind.FORBIDDEN, "error.totp.adminRequired");
        }
        if (!secondFactors.accept(me, code)) {
            throw SfideException.invalid("code", "error.totp.wrong");
        }
        secondFactors.remove(me);
    }

    /**
     * For a platform admin: the account with this username or e-mail address (none, or one), with whether its
     * second factor is on.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AccountFactorView> find(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 254) {
            return List.of();
        }
        String typed = usernameOrEmail.strip();
        return (typed.contains("@") ? accounts.byEmail(MemberRules.normaliseEmail(typed)) : accounts.byUsername(typed))
                .map(AccountFactorView::of).stream().toList();
    }

    /**
     * For a platform admin (who passed his own second factor to get here): removes the second factor of another
     * account whose owner lost the app and the recovery codes. The secret and the recovery codes are deleted, every
     * session of the account ends and its API tokens are revoked; the person is told by e-mail to set it up again
     * (an admin is confined to that at the next sign-in). An admin's own second factor is his own page's.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Audited(value = "totp.remove", target = "account")
    public AccountFactorView remove(long accountId) {
        Account admin = caller.account();
        Account account = accounts.byId(accountId).orElseThrow(() -> SfideException.notFound("error.notFound"));
        if (account.getId().equals(admin.getId())) {
            throw new SfideException(ErrorKind.FORBIDDEN, "error.totp.removeOwn");
        }
        account = accounts.lockForUpdate(account);
        if (!account.hasSecondFactor()) {
            throw SfideException.conflict("error.totp.off");
        }
        secondFactors.withdraw(account);
        mailer.send(account.getEmail(), account.getLocale(), "secondFactorRemoved", account.getFullName(),
                account.getUsername(), links.secondFactor());
        return AccountFactorView.of(account);
    }

    private static boolean required(Account account) {
        return account.getRole() == Role.ADMIN;
    }
}
