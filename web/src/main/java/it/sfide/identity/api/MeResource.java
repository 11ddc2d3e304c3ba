package it.sfide.identity.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.identity.boundary.AccountService;
import it.sfide.identity.boundary.Me;
import it.sfide.shared.SfideException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

/**
 * {@code GET /me}: the caller, their role and organisation; {@code PUT /me/password} changes their password (as the
 * profile page does: the current one first), {@code PUT /me/language} their preferred language ({@code it} or
 * {@code en}: e-mails and pages after sign-in).
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService accounts;

    /** The current password and the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** A language: {@code it} or {@code en}. */
    public record LanguageChoice(String language) {
    }

    @GET
    @Operation(summary = "Read the caller's account")
    public Me me() {
        return accounts.me();
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password")
    public void changePassword(PasswordChange change) {
        PasswordChange c = change == null ? new PasswordChange(null, null) : change;
        accounts.changePassword(c.currentPassword() == null ? "" : c.currentPassword(),
                c.newPassword() == null ? "" : c.newPassword());
    }

    @PUT
    @Path("language")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the caller's preferred language")
    public void preferLanguage(LanguageChoice choice) {
        String language = choice == null || choice.language() == null ? "" : choice.language().strip();
        if (!language.equals("it") && !language.equals("en")) {
            throw SfideException.invalid("language", "me.error.language");
        }
        accounts.preferLocale(Locale.forLanguageTag(language));
    }
}
