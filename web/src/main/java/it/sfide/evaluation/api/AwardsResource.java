package it.sfide.evaluation.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.evaluation.boundary.AwardService;
import it.sfide.evaluation.boundary.AwardView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/challenges/{id}/awards}: the published ranking and award of each phase, for anyone. */
@Path("challenges/{id: [0-9]+}/awards")
@Produces(MediaType.APPLICATION_JSON)
public class AwardsResource {

    @Inject
    AwardService awards;

    @GET
    @Operation(summary = "List a challenge's published awards")
    @Open
    public List<AwardView> published(@PathParam("id") long id) {
        return awards.published(id);
    }
}
