package it.sfide.proposal.api;

import it.sfide.proposal.boundary.ProposalSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.proposal.boundary.DraftingService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import static it.sfide.platform.api.Bodies.require;

/** {@code POST /api/v1/challenges/{id}/proposals {"phase": 1}}: the caller's organisation starts its draft. */
@Path("challenges/{id: [0-9]+}/proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeProposalsResource {

    /** Which phase the draft is for. */
    public record NewDraft(int phase) {
    }

    @Inject
    DraftingService drafting;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a proposal")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ProposalSummary.class)))
    public Response start(@PathParam("id") long challengeId, NewDraft draft) {
        return Response.status(Response.Status.CREATED).entity(drafting.start(challengeId, require(draft).phase()))
                .build();
    }
}
