package it.sfide.identity.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.identity.boundary.ExpertAccount;
import it.sfide.identity.boundary.ExpertInvitationService;
import it.sfide.identity.boundary.ExpertInvitationView;
import it.sfide.identity.boundary.NewExpert;
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

import java.util.Locale;

/**
 * External experts invited by e-mail: an officer of a verified public body invites; the holder of the link reads
 * it, registers as an evaluator, or accepts it signed in with the invited address.
 */
@Path("expert-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpertInvitationResource {

    /** Whom to invite, in which language the e-mail is written, and what for. */
    public record ExpertInvitationRequest(String email, String fullName, String locale, String context) {
    }

    /** The invitation made. */
    public record Invited(long id) {
    }

    @Inject
    ExpertInvitationService invitations;

    @POST
    @Operation(summary = "Invite an external expert")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = Invited.class)))
    public Response invite(ExpertInvitationRequest request) {
        if (request == null) {
            throw new BadRequestException();
        }
        Locale locale = request.locale() == null ? null : Locale.forLanguageTag(request.locale());
        long id = invitations.invite(request.email(), request.fullName(), locale, request.context());
        return Response.status(Response.Status.CREATED).entity(new Invited(id)).build();
    }

    @GET
    @Path("{token}")
    @Operation(summary = "Read an expert invitation")
    @Open
    public ExpertInvitationView find(@PathParam("token") String token) {
        return invitations.find(token);
    }

    /** The expert registers as an evaluator. */
    @POST
    @Path("{token}")
    @Operation(summary = "Register as an invited expert")
    @Open
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ExpertAccount.class)))
    public Response register(@PathParam("token") String token, NewExpert expert) {
        if (expert == null) {
            throw new BadRequestException();
        }
        return Response.status(Response.Status.CREATED).entity(invitations.accept(token, expert)).build();
    }

    /** The caller, signed in with the invited address, accepts with their account. */
    @POST
    @Path("{token}/acceptance")
    @Operation(summary = "Accept an expert invitation as a signed-in account")
    public ExpertAccount accept(@PathParam("token") String token) {
        return invitations.acceptAsSignedIn(token);
    }
}
