package it.sfide.contract.api;

import it.sfide.contract.boundary.ContractView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.contract.boundary.ContractService;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/challenges/{id}/phases/{n}/contracts}: the buying body's officers draft a contract for every
 * winner of the phase's award that has none yet; the answer lists the phase's contracts.
 */
@Path("challenges/{id: [0-9]+}/phases/{phase: [0-9]+}/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class PhaseContractsResource {

    @Inject
    ContractService contracts;

    @POST
    @Operation(summary = "Draft the contracts of a phase's winners")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ContractView.class, type = SchemaType.ARRAY)))
    public Response draft(@PathParam("id") long id, @PathParam("phase") int phase) {
        return Response.status(Response.Status.CREATED).entity(contracts.draft(id, phase)).build();
    }
}
