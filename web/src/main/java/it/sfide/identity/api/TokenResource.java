package it.sfide.identity.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.identity.boundary.ApiTokenService;
import it.sfide.identity.boundary.CreatedToken;
import it.sfide.identity.boundary.TokenView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Personal API tokens: {@code POST /tokens} with username and password returns a new token. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    /**
     * The credentials exchanged for a token; {@code totp} the second factor's code (or a recovery code) when the
     * account has one; {@code name} labels it in the list.
     */
    public record TokenRequest(String username, String password, String totp, String name) {
    }

    @Inject
    ApiTokenService tokens;

    @POST
    @Operation(summary = "Create an API token")
    @Open
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = CreatedToken.class)))
    public Response create(TokenRequest request) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        CreatedToken created = tokens.createWithCredentials(request.username(), request.password(), request.totp(),
                request.name());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Operation(summary = "List the caller's API tokens")
    public List<TokenView> mine() {
        return tokens.mine();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API token")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
