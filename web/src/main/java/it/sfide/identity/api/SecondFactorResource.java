package it.sfide.identity.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.identity.boundary.Enrolment;
import it.sfide.identity.boundary.SecondFactorService;
import it.sfide.identity.boundary.SecondFactorView;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The caller's second factor: {@code GET} its state, {@code POST} a new enrolment (secret, otpauth address, QR
 * code), {@code POST confirmation} with a first code (answers the recovery codes, once), {@code POST removal} with a
 * code.
 */
@Path("me/second-factor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecondFactorResource {

    /** A code of the authenticator app (or, for the removal, a recovery code). */
    public record Code(String code) {
    }

    @Inject
    SecondFactorService secondFactor;

    @GET
    @Operation(summary = "Read the caller's second factor")
    public SecondFactorView status() {
        return secondFactor.status();
    }

    @POST
    @Operation(summary = "Begin enrolling a second factor")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = Enrolment.class)))
    public Response begin() {
        Enrolment enrolment = secondFactor.begin();
        return Response.status(Response.Status.CREATED).entity(enrolment).build();
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Confirm a second factor")
    public SecondFactorView confirm(Code code) {
        return secondFactor.confirm(required(code));
    }

    @POST
    @Path("removal")
    @Operation(summary = "Remove the caller's second factor")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response remove(Code code) {
        secondFactor.disable(required(code));
        return Response.noContent().build();
    }

    private static String required(Code code) {
        if (code == null) {
            throw new BadRequestException();
        }
        return code.code();
    }
}
