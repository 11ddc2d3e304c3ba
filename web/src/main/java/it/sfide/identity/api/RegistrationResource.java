package it.sfide.identity.api;

import it.sfide.platform.api.Open;
import it.sfide.identity.boundary.Registered;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.identity.boundary.InvitationView;
import it.sfide.identity.boundary.NewMember;
import it.sfide.identity.boundary.RegistrationRequest;
import it.sfide.identity.boundary.RegistrationService;
import it.sfide.platform.api.ApiErrors;
import it.sfide.platform.i18n.Texts;
import it.sfide.platform.web.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Public: an organisation registers with its first member; an invited person joins. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService registrations;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    /** The answer to a well-formed registration: the same whether it was made or not (the e-mail says which). */
    public record Received(String code, String message) {
    }

    @POST
    @Path("registrations")
    @Operation(summary = "Register an organisation")
    @Open
    @APIResponse(responseCode = "202", description = "Accepted.",
            content = @Content(schema = @Schema(implementation = Received.class)))
    public Response register(RegistrationRequest request) {
        if (request == null) {
            throw new BadRequestException();
        }
        registrations.register(request, clientAddress.of(http));
        return Response.accepted(new Received("register.received",
                Texts.get(ApiErrors.locale(headers), "register.received"))).build();
    }

    @GET
    @Path("invitations/{token}")
    @Operation(summary = "Read a member invitation")
    @Open
    public InvitationView invitation(@PathParam("token") String token) {
        return registrations.describeInvitation(token);
    }

    @POST
    @Path("invitations/{token}/acceptance")
    @Operation(summary = "Accept a member invitation")
    @Open
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = Registered.class)))
    public Response accept(@PathParam("token") String token, NewMember member) {
        if (member == null) {
            throw new BadRequestException();
        }
        return Response.status(Response.Status.CREATED).entity(registrations.acceptInvitation(token, member)).build();
    }
}
