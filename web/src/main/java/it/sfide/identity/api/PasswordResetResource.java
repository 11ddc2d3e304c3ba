package it.sfide.identity.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.identity.boundary.PasswordRecoveryService;
import it.sfide.identity.boundary.ResetView;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Public: a forgotten password. {@code POST /password-resets} with an e-mail address always answers 202 (a link is
 * mailed if an account has it); the link's token opens {@code GET /password-resets/{token}} and sets the new
 * password with {@code POST /password-resets/{token}/password}.
 */
@Path("password-resets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    /** The address the link is sent to, if an account has it. */
    public record ResetRequest(String email) {
    }

    /** The new password. */
    public record NewPassword(String password) {
    }

    @Inject
    PasswordRecoveryService recovery;

    @POST
    @Operation(summary = "Request a password reset link")
    @Open
    @APIResponse(responseCode = "202", description = "Accepted; the outcome is mailed.")
    public Response request(ResetRequest request) {
        if (request == null) {
            throw new BadRequestException();
        }
        recovery.requestReset(request.email());
        return Response.accepted().build();
    }

    @GET
    @Path("{token}")
    @Operation(summary = "Read a password reset link")
    @Open
    public ResetView describe(@PathParam("token") String token) {
        return recovery.describeReset(token);
    }

    @POST
    @Path("{token}/password")
    @Operation(summary = "Set a new password")
    @Open
    public ResetView reset(@PathParam("token") String token, NewPassword password) {
        if (password == null) {
            throw new BadRequestException();
        }
        return recovery.resetPassword(token, password.password());
    }
}
