package it.sfide.challenge.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.challenge.boundary.FollowService;
import it.sfide.challenge.boundary.FollowView;
import it.sfide.platform.api.ApiErrors;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** What the caller follows; following and unfollowing public bodies (challenges: under /challenges/{id}/follow). */
@Path("follows")
@Produces(MediaType.APPLICATION_JSON)
public class FollowResource {

    @Inject
    FollowService follows;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "List what the caller follows")
    public List<FollowView> mine() {
        return follows.mine(ApiErrors.locale(headers));
    }

    @PUT
    @Path("bodies/{id: [0-9]+}")
    @Operation(summary = "Follow a public body")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response followBody(@PathParam("id") long id) {
        follows.followBody(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("bodies/{id: [0-9]+}")
    @Operation(summary = "Stop following a public body")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response unfollowBody(@PathParam("id") long id) {
        follows.unfollowBody(id);
        return Response.noContent().build();
    }
}
