package it.sfide.dashboard.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.dashboard.boundary.DashboardService;
import it.sfide.dashboard.boundary.DashboardView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What waits for the caller, as their home page shows it: {@code /api/v1/me/dashboard}. */
@Path("me/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    @Operation(summary = "Read the caller's dashboard")
    public DashboardView mine() {
        return dashboards.mine();
    }
}
