package it.sfide.identity.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.identity.OrganisationStatus;
import it.sfide.identity.boundary.AccountFactorView;
import it.sfide.identity.boundary.MailView;
import it.sfide.identity.boundary.OrganisationView;
import it.sfide.identity.boundary.OutboxService;
import it.sfide.identity.boundary.SecondFactorService;
import it.sfide.identity.boundary.VerificationService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Platform admin: verification of organisations, the mail outbox, and second factors lost by their owners. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    /** Why a registration is rejected. */
    public record Rejection(String reason) {
    }

    @Inject
    VerificationService verification;

    @Inject
    OutboxService outbox;

    @Inject
    SecondFactorService secondFactors;

    @GET
    @Path("organisations")
    @Operation(summary = "List organisations (admin)")
    public List<OrganisationView> organisations(@QueryParam("status") OrganisationStatus status) {
        return verification.list(status);
    }

    @POST
    @Path("organisations/{id}/verification")
    @Operation(summary = "Verify an organisation (admin)")
    public OrganisationView verify(@PathParam("id") long id) {
        return verification.verify(id);
    }

    @POST
    @Path("organisations/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject an organisation (admin)")
    public OrganisationView reject(@PathParam("id") long id, Rejection rejection) {
        return verification.reject(id, rejection == null ? null : rejection.reason());
    }

    @GET
    @Path("outbox")
    @Operation(summary = "Read the mail outbox (admin)")
    public List<MailView> outbox(@QueryParam("max") @DefaultValue("50") int max,
            @QueryParam("recipient") String recipient) {
        return outbox.latest(max, recipient);
    }

    /** The account with this username or e-mail address (an empty list when none has it). */
    @GET
    @Path("accounts")
    @Operation(summary = "Search accounts (admin)")
    public List<AccountFactorView> accounts(@QueryParam("q") String usernameOrEmail) {
        return secondFactors.find(usernameOrEmail);
    }

    /** Removes the second factor of another account whose owner lost it; the answer shows it off. */
    @DELETE
    @Path("accounts/{id}/second-factor")
    @Operation(summary = "Remove an account's second factor (admin)")
    public AccountFactorView removeSecondFactor(@PathParam("id") long id) {
        return secondFactors.remove(id);
    }
}
