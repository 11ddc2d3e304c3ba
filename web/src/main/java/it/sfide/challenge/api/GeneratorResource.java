package it.sfide.challenge.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.challenge.boundary.GeneratorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/v1/admin/generated-challenges {"count": 10000, "seed": 1}}: bulk test data for load tests,
 * refused unless the server runs with {@code SFIDE_GENERATOR=true}.
 */
@Path("admin/generated-challenges")
@Produces(MediaType.APPLICATION_JSON)
public class GeneratorResource {

    /** How many challenges, and the seed that makes them reproducible. */
    public record Request(int count, long seed) {
    }

    /** How many were made. */
    public record Generated(int count) {
    }

    @Inject
    GeneratorService generator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate demo challenges (admin)")
    public Generated generate(Request request) {
        return new Generated(generator.generate(request == null ? 0 : request.count(),
                request == null ? 1 : request.seed()));
    }
}
