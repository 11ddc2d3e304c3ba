package it.sfide.identity.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.identity.boundary.OperatorGenerator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import static it.sfide.platform.api.Bodies.require;

/**
 * {@code POST /api/v1/admin/generated-operators {"count": 300}}: verified operators with API tokens for load tests,
 * refused unless the server runs with {@code SFIDE_GENERATOR=true}.
 */
@Path("admin/generated-operators")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorGeneratorResource {

    /** How many operators. */
    public record Request(int count) {
    }

    @Inject
    OperatorGenerator generator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate demo operators (admin)")
    public List<OperatorGenerator.Generated> generate(Request request) {
        return generator.generate(require(request).count());
    }
}
