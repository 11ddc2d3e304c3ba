package it.sfide.challenge.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.challenge.boundary.CatalogueParameters;
import it.sfide.challenge.boundary.CataloguePage;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeForm;
import it.sfide.challenge.boundary.ChallengeService;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.CoSponsorService;
import it.sfide.challenge.boundary.CoSponsorView;
import it.sfide.challenge.boundary.FollowService;
import it.sfide.platform.api.ApiError;
import it.sfide.platform.api.ApiErrors;
import it.sfide.platform.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static it.sfide.platform.api.Bodies.require;

/**
 * Challenges: the public catalogue and pages, and the buyer officers' writing, publishing and amending, over the
 * same boundary methods as the pages.
 */
@Path("challenges")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeResource {

    /** A deadline change or a suspension: which phase, the new closing instant, why. */
    public record DeadlineChange(int phase, Instant closesAt, String reason) {
    }

    /** A reason (cancellation). */
    public record Reason(String reason) {
    }

    /** A text amendment: the new texts and why. */
    public record TextAmendment(ChallengeForm content, String reason) {
    }

    /** A body to invite as co-sponsor. */
    public record CoSponsorInvitation(long organisationId) {
    }

    /** The answer to an invitation to co-sponsor. */
    public record CoSponsorAnswer(boolean accept) {
    }

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    ChallengeService challenges;

    @Inject
    CoSponsorService coSponsors;

    @Inject
    FollowService follows;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Search published challenges")
    @Open
    public CataloguePage search(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("body") String body, @QueryParam("theme") String theme,
            @QueryParam("region") String region, @QueryParam("trl") String trl,
            @QueryParam("budgetMin") String budgetMin, @QueryParam("budgetMax") String budgetMax,
            @QueryParam("deadlineFrom") String deadlineFrom, @QueryParam("deadlineTo") String deadlineTo,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        return catalogue.search(CatalogueParameters.parse(CatalogueParameters.named(q, type, status, body, theme,
                region, trl, budgetMin, budgetMax, deadlineFrom, deadlineTo, sort, page, size)),
                ApiErrors.locale(headers));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read a challenge")
    @Open
    public ChallengeView get(@PathParam("id") long id) {
        return catalogue.get(id);
    }

    /** The challenges of the caller's body and those it co-sponsors, drafts included. */
    @GET
    @Path("{id: [0-9]+}/documents")
    @Operation(summary = "List a challenge's signed documents")
    @Open
    public List<it.sfide.document.boundary.DocumentView> documents(@PathParam("id") long id) {
        return catalogue.documents(id);
    }

    @GET
    @Path("mine")
    @Operation(summary = "List the caller's body's challenges")
    public List<ChallengeView> mine() {
        return challenges.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft challenge")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ChallengeView.class)))
    public Response create(ChallengeForm form) {
        ChallengeView created = challenges.create(form);
        return Response.created(URI.create("challenges/" + created.id())).entity(created).build();
    }

    /** A new draft from another body's published challenge, crediting it. */
    @POST
    @Path("{id: [0-9]+}/copies")
    @Operation(summary = "Copy a challenge into a new draft")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ChallengeView.class)))
    public Response copy(@PathParam("id") long id) {
        ChallengeView created = challenges.createFromTemplate(id);
        return Response.created(URI.create("challenges/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a draft challenge")
    public ChallengeView update(@PathParam("id") long id, ChallengeForm form) {
        return challenges.update(id, form);
    }

    /** What publishing still needs, field by field, in the caller's language. */
    @GET
    @Path("{id: [0-9]+}/missing")
    @Operation(summary = "List what a draft lacks before publication")
    public List<ApiError.FieldError> missing(@PathParam("id") long id) {
        return challenges.missing(id).stream().map(p -> new ApiError.FieldError(p.field(), p.messageKey(),
                Texts.get(ApiErrors.locale(headers), p.messageKey(), p.arguments()))).toList();
    }

    @POST
    @Path("{id: [0-9]+}/publication-request")
    @Operation(summary = "Request a challenge's publication")
    public ChallengeView requestPublication(@PathParam("id") long id) {
        return challenges.requestPublication(id);
    }

    /** A second officer approves: published, notice issued. */
    @POST
    @Path("{id: [0-9]+}/approval")
    @Operation(summary = "Approve and publish a challenge")
    public ChallengeView approve(@PathParam("id") long id) {
        return challenges.approveAndPublish(id);
    }

    @POST
    @Path("{id: [0-9]+}/deadline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a phase's deadline")
    public ChallengeView changeDeadline(@PathParam("id") long id, DeadlineChange change) {
        DeadlineChange c = require(change);
        return challenges.changeDeadline(id, c.phase(), c.closesAt(), c.reason());
    }

    @POST
    @Path("{id: [0-9]+}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amend a published challenge")
    public ChallengeView amend(@PathParam("id") long id, TextAmendment amendment) {
        TextAmendment a = require(amendment);
        return challenges.amendTexts(id, a.content(), a.reason());
    }

    @POST
    @Path("{id: [0-9]+}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend a challenge")
    public ChallengeView suspend(@PathParam("id") long id, DeadlineChange change) {
        DeadlineChange c = require(change);
        return challenges.suspend(id, c.phase(), c.closesAt(), c.reason());
    }

    @POST
    @Path("{id: [0-9]+}/resumption")
    @Operation(summary = "Resume a suspended challenge")
    public ChallengeView resume(@PathParam("id") long id) {
        return challenges.resume(id);
    }

    @POST
    @Path("{id: [0-9]+}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a challenge")
    public ChallengeView cancel(@PathParam("id") long id, Reason reason) {
        return challenges.cancel(id, require(reason).reason());
    }

    @GET
    @Path("{id: [0-9]+}/cosponsors")
    @Operation(summary = "List a challenge's co-sponsors")
    public List<CoSponsorView> coSponsors(@PathParam("id") long id) {
        return coSponsors.ofChallenge(id);
    }

    @POST
    @Path("{id: [0-9]+}/cosponsors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a co-sponsoring body")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = CoSponsorView.class)))
    public Response invite(@PathParam("id") long id, CoSponsorInvitation invitation) {
        return Response.status(Response.Status.CREATED)
                .entity(coSponsors.invite(id, require(invitation).organisationId())).build();
    }

    /** The invitations to co-sponsor received by the caller's body. */
    @GET
    @Path("cosponsorships")
    @Operation(summary = "List co-sponsorship invitations to the caller's body")
    public List<CoSponsorView> coSponsorships() {
        return coSponsors.invitations();
    }

    @POST
    @Path("cosponsorships/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a co-sponsorship invitation")
    public CoSponsorView answer(@PathParam("id") long id, CoSponsorAnswer answer) {
        return coSponsors.answer(id, require(answer).accept());
    }

    @PUT
    @Path("{id: [0-9]+}/follow")
    @Operation(summary = "Follow a challenge")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response follow(@PathParam("id") long id) {
        follows.follow(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id: [0-9]+}/follow")
    @Operation(summary = "Stop following a challenge")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response unfollow(@PathParam("id") long id) {
        follows.unfollow(id);
        return Response.noContent().build();
    }
}
