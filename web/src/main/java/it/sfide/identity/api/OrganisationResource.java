package it.sfide.identity.api;

import it.sfide.identity.boundary.InvitationView;
import it.sfide.identity.boundary.MemberView;
import it.sfide.identity.boundary.OrganisationService;
import it.sfide.identity.boundary.OrganisationView;
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

import java.util.List;

/** An organisation, its members and invitations: readable by its members (and admins) only. */
@Path("organisations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    /** Who to invite. */
    public record InvitationRequest(String email) {
    }

    @Inject
    OrganisationService organisations;

    @GET
    public OrganisationView get(@PathParam("id") long id) {
        return organisations.get(id);
    }

    @GET
    @Path("members")
    public List<MemberView> members(@PathParam("id") long id) {
        return organisations.members(id);
    }

    @GET
    @Path("invitations")
    public List<InvitationView> invitations(@PathParam("id") long id) {
        return organisations.openInvitations(id);
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("id") long id, InvitationRequest request) {
        if (request == null) {
            throw new BadRequestException();
        }
        return Response.status(Response.Status.CREATED).entity(organisations.invite(id, request.email())).build();
    }
}
