package it.sfide.identity.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.document.boundary.SigningKeys;
import it.sfide.identity.Account;
import it.sfide.identity.PasswordPolicy;
import it.sfide.identity.control.Caller;
import it.sfide.identity.control.PasswordHasher;
import it.sfide.platform.Settings;
import it.sfide.platform.i18n.Texts;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Locale;

/** The logged-in person's own account: who they are, their language, their password. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class AccountService {

    @Inject
    Caller caller;

    @Inject
    PasswordHasher hasher;

    @Inject
    Settings settings;

    @Inject
    SigningKeys signingKeys;

    public Me me() {
        return Me.of(caller.account());
    }

    @Audited(value = "account.language")
    public void preferLocale(Locale locale) {
        caller.account().preferLocale(Texts.supported(locale));
    }

    @Audited(value = "account.password")
    public void changePassword(String current, String replacement) {
        Account me = caller.account();
        if (!hasher.matches(current, me.getPasswordHash())) {
            throw SfideException.invalid("currentPassword", "error.password.current");
        }
        PasswordPolicy.violation(replacement, me.getUsername(), me.getEmail(), settings.demoMode())
                .ifPresent(key -> {
                    throw SfideException.invalid("newPassword", key, PasswordPolicy.MIN_LENGTH);
                });
        signingKeys.passwordChanged(me.getId(), current, replacement);
        me.changePasswordHash(hasher.hash(replacement));
    }
}
