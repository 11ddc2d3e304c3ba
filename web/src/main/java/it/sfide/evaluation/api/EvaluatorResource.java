package it.sfide.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.evaluation.boundary.SeatView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's seats on committees and what each asks of them now: {@code /api/v1/me/committees}. */
@Path("me/committees")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluatorResource {

    @Inject
    CommitteeService committees;

    @GET
    @Operation(summary = "List the caller's committee seats")
    public List<SeatView> seats() {
        return committees.mySeats();
    }
}
