package it.sfide.identity.control;

import it.sfide.identity.Account;
import it.sfide.identity.Codes;
import it.sfide.identity.PasswordPolicy;
import it.sfide.platform.Settings;
import it.sfide.shared.ValidationFailure;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.regex.Pattern;

/** The checks on a new member's name, username, e-mail and password, shared by registration and invitations. */
@Dependent
public class MemberRules {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,59}$");

    @Inject
    Accounts accounts;

    @Inject
    Settings settings;

    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Adds every problem of the member's fields to the collector, a username or e-mail already taken included (for
     * an invited person, who holds a personal link); {@code email} is already normalised.
     */
    public void check(ValidationFailure.Collector problems, String fullName, String username, String email,
            String password) {
        checkForm(problems, fullName, username, email, password);
        if (!problems.has("username") && accounts.usernameTaken(username)) {
            problems.add("username", "error.username.taken");
        }
        if (!problems.has("email") && accounts.emailTaken(email)) {
            problems.add("email", "error.email.taken");
        }
    }

    /**
     * The problems of the fields themselves, never whether a username or e-mail is known: what an anonymous
     * registration may be told.
     */
    public void checkForm(ValidationFailure.Collector problems, String fullName, String username, String email,
            String password) {
        problems.check(fullName != null && !fullName.isBlank(), "fullName", "error.required")
                .check(fullName == null || fullName.strip().length() <= Account.FULL_NAME_MAX, "fullName",
                        "error.tooLong", Account.FULL_NAME_MAX);
        problems.check(USERNAME.matcher(username).matches(), "username", "error.username.format")
                .check(Codes.isEmail(email), "email", "error.email.format");
        PasswordPolicy.violation(password, username, email, settings.demoMode())
                .ifPresent(key -> problems.add("password", key, PasswordPolicy.MIN_LENGTH));
    }
}
