package it.sfide.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.evaluation.boundary.ExpertiseService;
import it.sfide.evaluation.boundary.ExpertiseView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's declared expertise and affiliations: {@code GET} and {@code PUT /api/v1/me/expertise}. */
@Path("me/expertise")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertiseResource {

    @Inject
    ExpertiseService expertise;

    @GET
    @Operation(summary = "Read the caller's expertise")
    public ExpertiseView get() {
        return expertise.mine();
    }

    @PUT
    @Operation(summary = "Declare the caller's expertise")
    public ExpertiseView declare(ExpertiseView form) {
        return expertise.declare(form);
    }
}
