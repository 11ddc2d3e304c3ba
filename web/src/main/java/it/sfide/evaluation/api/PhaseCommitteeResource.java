package it.sfide.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.evaluation.boundary.AppointmentForm;
import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.evaluation.boundary.CommitteeView;
import it.sfide.shared.SfideException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The committee of a challenge's phase: {@code GET} it (officers of the body and members), {@code POST} to appoint
 * it (an officer of the body, after the opening).
 */
@Path("challenges/{id: [0-9]+}/phases/{phase: [0-9]+}/committee")
@Produces(MediaType.APPLICATION_JSON)
public class PhaseCommitteeResource {

    @Inject
    CommitteeService committees;

    @GET
    @Operation(summary = "Read a phase's committee")
    public CommitteeView get(@PathParam("id") long id, @PathParam("phase") int phase) {
        return committees.ofPhase(id, phase).orElseThrow(() -> SfideException.notFound("evaluation.error.notFound"));
    }

    @POST
    @Operation(summary = "Appoint a phase's committee")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    public Response appoint(@PathParam("id") long id, @PathParam("phase") int phase, AppointmentForm form) {
        if (form == null) {
            throw SfideException.invalid("chairAccountId", "evaluation.error.chairRequired");
        }
        return Response.status(Response.Status.CREATED).entity(committees.appoint(id, phase, form)).build();
    }
}
