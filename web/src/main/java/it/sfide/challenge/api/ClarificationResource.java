package it.sfide.challenge.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.challenge.boundary.ClarificationService;
import it.sfide.challenge.boundary.ClarificationView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

import static it.sfide.platform.api.Bodies.require;

/** Clarifications of a challenge: reading them, asking, answering and publishing. */
@Path("challenges/{id: [0-9]+}/clarifications")
@Produces(MediaType.APPLICATION_JSON)
public class ClarificationResource {

    /** A question to ask. */
    public record Question(String question) {
    }

    /** An answer to a question. */
    public record Answer(String answer) {
    }

    /** The wording to publish the question with (empty: as asked). */
    public record Publication(String wording) {
    }

    @Inject
    ClarificationService clarifications;

    @GET
    @Operation(summary = "List a challenge's clarifications")
    @Open
    public List<ClarificationView> list(@PathParam("id") long challengeId) {
        return clarifications.of(challengeId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a clarification question")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ClarificationView.class)))
    public Response ask(@PathParam("id") long challengeId, Question question) {
        return Response.status(Response.Status.CREATED)
                .entity(clarifications.ask(challengeId, require(question).question())).build();
    }

    @POST
    @Path("{clarification: [0-9]+}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a clarification question")
    public ClarificationView answer(@PathParam("clarification") long id, Answer answer) {
        return clarifications.answer(id, require(answer).answer());
    }

    @POST
    @Path("{clarification: [0-9]+}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a clarification")
    public ClarificationView publish(@PathParam("clarification") long id, Publication publication) {
        return clarifications.publish(id, publication == null ? null : publication.wording());
    }
}
