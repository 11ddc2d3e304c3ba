package it.sfide.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.evaluation.boundary.AppealService;
import it.sfide.evaluation.boundary.ResultsView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/proposals/{id}/results}: the applicant's own outcome, scores, letter and appeal window. */
@Path("proposals/{id: [0-9]+}/results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    @Inject
    AppealService appeals;

    @GET
    @Operation(summary = "Read a proposal's results")
    public ResultsView results(@PathParam("id") long id) {
        return appeals.results(id);
    }
}
