package it.sfide.community.api;

import it.sfide.platform.api.Open;
import it.sfide.community.boundary.CommunityViews.DiscussionSummary;
import it.sfide.community.boundary.CommunityViews.PostView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.community.boundary.CommunityService;
import it.sfide.community.boundary.CommunityViews.CommunityForm;
import it.sfide.community.boundary.CommunityViews.CommunityView;
import it.sfide.community.boundary.CommunityViews.DiscussionView;
import it.sfide.community.boundary.CommunityViews;
import it.sfide.platform.api.ApiErrors;
import it.sfide.platform.api.Downloads;
import it.sfide.shared.SfideException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Base64;
import java.util.List;

import static it.sfide.platform.api.Bodies.require;

/** Communities, discussions, posts, shared documents and moderation, over the same boundary as the pages. */
@Path("communities")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {

    /** A document sent with a post: its name and its bytes in base64. */
    public record AttachmentJson(String fileName, String base64) {
    }

    /** A new discussion with its first post. */
    public record NewDiscussion(String title, Long challengeId, String theme, String body, AttachmentJson attachment) {
    }

    /** A reply. */
    public record NewPost(String body, AttachmentJson attachment) {
    }

    /** A moderation act: hide or show, lock or unlock, with an optional reason (required to remove). */
    public record Moderation(Boolean hidden, Boolean locked, String reason) {
    }

    @Inject
    CommunityService communities;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "List communities")
    @Open
    public List<CommunityView> list() {
        return communities.communities();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a community")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = CommunityView.class)))
    public Response create(CommunityForm form) {
        return Response.status(Response.Status.CREATED).entity(communities.create(form)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read a community with its discussions")
    @Open
    public CommunityViews.CommunityPage get(@PathParam("id") long id) {
        return communities.community(id, ApiErrors.locale(headers));
    }

    @PUT
    @Path("{id: [0-9]+}/membership")
    @Operation(summary = "Join a community")
    public CommunityView join(@PathParam("id") long id) {
        return communities.join(id);
    }

    @DELETE
    @Path("{id: [0-9]+}/membership")
    @Operation(summary = "Leave a community")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response leave(@PathParam("id") long id) {
        communities.leave(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: [0-9]+}/managers/{account: [0-9]+}")
    @Operation(summary = "Appoint a community manager")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response appoint(@PathParam("id") long id, @PathParam("account") long account) {
        communities.appointManager(id, account);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]+}/discussions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a discussion")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = DiscussionSummary.class)))
    public Response start(@PathParam("id") long id, NewDiscussion discussion) {
        NewDiscussion d = require(discussion);
        return Response.status(Response.Status.CREATED).entity(communities.startDiscussion(id, d.title(),
                d.challengeId(), d.theme(), d.body(), attachment(d.attachment()))).build();
    }

    @GET
    @Path("discussions")
    @Operation(summary = "List the discussions about a challenge")
    @Open
    public java.util.List<it.sfide.community.boundary.CommunityViews.DiscussionSummary> aboutChallenge(
            @jakarta.ws.rs.QueryParam("challenge") long challengeId) {
        return communities.aboutChallenge(challengeId, ApiErrors.locale(headers));
    }

    @GET
    @Path("discussions/{id: [0-9]+}")
    @Operation(summary = "Read a discussion")
    @Open
    public DiscussionView discussion(@PathParam("id") long id) {
        return communities.discussion(id, ApiErrors.locale(headers));
    }

    @POST
    @Path("discussions/{id: [0-9]+}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post in a discussion")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = PostView.class)))
    public Response post(@PathParam("id") long id, NewPost post) {
        NewPost p = require(post);
        return Response.status(Response.Status.CREATED)
                .entity(communities.post(id, p.body(), attachment(p.attachment()))).build();
    }

    @POST
    @Path("discussions/{id: [0-9]+}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lock or unlock a discussion")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response moderateDiscussion(@PathParam("id") long id, Moderation moderation) {
        Moderation m = require(moderation);
        if (m.locked() != null) {
            communities.lock(id, m.locked());
        }
        if (m.hidden() != null) {
            communities.hideDiscussion(id, m.hidden(), m.reason());
        }
        return Response.noContent().build();
    }

    @POST
    @Path("discussions/{id: [0-9]+}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a discussion")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response removeDiscussion(@PathParam("id") long id, Moderation moderation) {
        communities.removeDiscussion(id, require(moderation).reason());
        return Response.noContent().build();
    }

    @POST
    @Path("posts/{id: [0-9]+}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hide or show a post")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response moderatePost(@PathParam("id") long id, Moderation moderation) {
        Moderation m = require(moderation);
        if (Boolean.TRUE.equals(m.hidden())) {
            communities.hidePost(id, m.reason());
        } else {
            communities.showPost(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("posts/{id: [0-9]+}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a post")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response removePost(@PathParam("id") long id, Moderation moderation) {
        communities.removePost(id, require(moderation).reason());
        return Response.noContent().build();
    }

    /** A shared document, as a download (never rendered inline). */
    @GET
    @Path("files/{id: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a post's attachment")
    @Open
    public Response file(@PathParam("id") long id) {
        CommunityViews.FileContent file = communities.file(id);
        return Downloads.attachment(file.content(), file.contentType(), file.fileName());
    }

    private static CommunityViews.Attachment attachment(AttachmentJson json) {
        if (json == null || json.base64() == null) {
            return null;
        }
        try {
            return new CommunityViews.Attachment(json.fileName(), Base64.getDecoder().decode(json.base64()));
        } catch (IllegalArgumentException e) {
            throw SfideException.invalid("file", "community.error.fileEncoding");
        }
    }
}
