package it.sfide.identity.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.identity.boundary.InvitationView;
import it.sfide.identity.boundary.LegalRepresentativeForm;
import it.sfide.identity.boundary.LegalRepresentativeService;
import it.sfide.identity.boundary.LegalRepresentativeView;
import it.sfide.identity.boundary.MemberView;
import it.sfide.identity.boundary.OrganisationService;
import it.sfide.identity.boundary.OrganisationView;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import it.sfide.platform.api.Bodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An organisation, its members, invitations and legal representatives: readable by its members (and admins) only;
 * its manager invites and records the legal representatives.
 */
@Path("organisations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    /** Who to invite. */
    public record InvitationRequest(String email) {
    }

    @Inject
    OrganisationService organisations;

    @Inject
    LegalRepresentativeService representatives;

    @GET
    @Operation(summary = "Read an organisation")
    public OrganisationView get(@PathParam("id") long id) {
        return organisations.get(id);
    }

    @GET
    @Path("members")
    @Operation(summary = "List an organisation's members")
    public List<MemberView> members(@PathParam("id") long id) {
        return organisations.members(id);
    }

    @GET
    @Path("invitations")
    @Operation(summary = "List an organisation's pending invitations")
    public List<InvitationView> invitations(@PathParam("id") long id) {
        return organisations.openInvitations(id);
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a member")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    public Response invite(@PathParam("id") long id, InvitationRequest request) {
        if (request == null) {
            throw new BadRequestException();
        }
        return Response.status(Response.Status.CREATED).entity(organisations.invite(id, request.email())).build();
    }

    @GET
    @Path("legal-representatives")
    @Operation(summary = "List legal representatives")
    public List<LegalRepresentativeView> legalRepresentatives(@PathParam("id") long id) {
        return representatives.list(id);
    }

    @POST
    @Path("legal-representatives")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a legal representative")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = LegalRepresentativeView.class)))
    public Response addLegalRepresentative(@PathParam("id") long id, LegalRepresentativeForm form) {
        return Response.status(Response.Status.CREATED).entity(representatives.add(id, Bodies.require(form))).build();
    }

    @GET
    @Path("legal-representatives/{representative}")
    @Operation(summary = "Read a legal representative")
    public LegalRepresentativeView legalRepresentative(@PathParam("id") long id,
            @PathParam("representative") long representative) {
        return representatives.get(id, representative);
    }

    @PUT
    @Path("legal-representatives/{representative}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a legal representative")
    public LegalRepresentativeView updateLegalRepresentative(@PathParam("id") long id,
            @PathParam("representative") long representative, LegalRepresentativeForm form) {
        return representatives.update(id, representative, Bodies.require(form));
    }

    @DELETE
    @Path("legal-representatives/{representative}")
    @Operation(summary = "Remove a legal representative")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response removeLegalRepresentative(@PathParam("id") long id,
            @PathParam("representative") long representative) {
        representatives.remove(id, representative);
        return Response.noContent().build();
    }
}
