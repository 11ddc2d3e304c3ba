package it.sfide.identity.api;

import it.sfide.identity.boundary.InvitationView;
import it.sfide.identity.boundary.NewMember;
import it.sfide.identity.boundary.Registered;
import it.sfide.identity.boundary.RegistrationRequest;
import it.sfide.identity.boundary.RegistrationService;
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

/** Public: an organisation registers with its first member; an invited person joins. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService registrations;

    @POST
    @Path("registrations")
    public Response register(RegistrationRequest request) {
        if (request == null) {
            throw new BadRequestException();
        }
        Registered registered = registrations.register(request);
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }

    @GET
    @Path("invitations/{token}")
    public InvitationView invitation(@PathParam("token") String token) {
        return registrations.describeInvitation(token);
    }

    @POST
    @Path("invitations/{token}/acceptance")
    public Response accept(@PathParam("token") String token, NewMember member) {
        if (member == null) {
            throw new BadRequestException();
        }
        return Response.status(Response.Status.CREATED).entity(registrations.acceptInvitation(token, member)).build();
    }
}
