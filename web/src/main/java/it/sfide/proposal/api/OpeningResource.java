package it.sfide.proposal.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.proposal.boundary.OpeningService;
import it.sfide.proposal.boundary.OpeningView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The opening of a phase, for the buying body's officers: {@code GET} its state (and, before the deadline, the
 * number of submissions if the challenge allows it), {@code POST} to ask for it, {@code POST .../confirmation}
 * for a second officer to confirm it.
 */
@Path("challenges/{id: [0-9]+}/phases/{phase: [0-9]+}/opening")
@Produces(MediaType.APPLICATION_JSON)
public class OpeningResource {

    @Inject
    OpeningService opening;

    @GET
    @Operation(summary = "Read a phase's opening")
    public OpeningView status(@PathParam("id") long id, @PathParam("phase") int phase) {
        return opening.status(id, phase);
    }

    @POST
    @Operation(summary = "Request the opening of the sealed proposals")
    public OpeningView request(@PathParam("id") long id, @PathParam("phase") int phase) {
        return opening.request(id, phase);
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Confirm the opening")
    public OpeningView confirm(@PathParam("id") long id, @PathParam("phase") int phase) {
        return opening.confirm(id, phase);
    }
}
