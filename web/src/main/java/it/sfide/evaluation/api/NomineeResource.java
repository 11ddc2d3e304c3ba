package it.sfide.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.evaluation.boundary.CommitteeService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/committee-nominees?q=}: people a buyer officer may appoint to a committee. */
@Path("committee-nominees")
@Produces(MediaType.APPLICATION_JSON)
public class NomineeResource {

    @Inject
    CommitteeService committees;

    @GET
    @Operation(summary = "Search possible committee members")
    public List<CommitteeService.Nominee> search(@QueryParam("q") String query) {
        return committees.nominees(query);
    }
}
