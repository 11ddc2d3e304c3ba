package it.sfide.reuse.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.platform.api.Downloads;
import it.sfide.reuse.boundary.AdoptionForm;
import it.sfide.reuse.boundary.CatalogueService;
import it.sfide.reuse.boundary.EntryForm;
import it.sfide.reuse.boundary.EntryPage;
import it.sfide.reuse.boundary.EntryView;
import it.sfide.reuse.boundary.InterestView;
import it.sfide.reuse.boundary.ReuseParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The reuse catalogue, {@code /api/v1/catalogue}, with the pages' access rules: anyone searches it, reads an entry
 * and downloads its {@code publiccode.yml}; an officer of the buying body publishes a completed contract's solution
 * ({@code POST} with the {@code contractId}) and edits it; officers of other public bodies declare interest (read
 * by the owning body's officers) and record adoptions.
 */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    /** The media type of a publiccode.yml (RFC 9512). */
    static final String YAML = "application/yaml";

    /** A body's interest: the message for the owning body. */
    public record InterestForm(String message) {
    }

    @Inject
    CatalogueService catalogue;

    @GET
    @Operation(summary = "Search the reuse catalogue")
    @Open
    public EntryPage search(@QueryParam("q") String q, @QueryParam("licence") String licence,
            @QueryParam("body") String body, @QueryParam("region") String region, @QueryParam("theme") String theme,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return catalogue.search(ReuseParameters.parse(ReuseParameters.named(q, licence, body, region, theme, page,
                size)));
    }

    /** Publishes the solution of the completed contract {@code contractId} (an officer of its buying body). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a solution in the catalogue")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    public Response publish(EntryForm form) {
        EntryView published = catalogue.publish(form == null ? null : form.contractId(), form);
        return Response.created(URI.create("catalogue/" + published.id())).entity(published).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read a catalogue entry")
    @Open
    public EntryView get(@PathParam("id") long id) {
        return catalogue.get(id);
    }

    /** The owning body's officers change the entry ({@code contractId} is not read). */
    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a catalogue entry")
    public EntryView update(@PathParam("id") long id, EntryForm form) {
        return catalogue.update(id, form);
    }

    /** The entry's publiccode.yml (standard 0.4), generated from what it says now. */
    @GET
    @Path("{id: [0-9]+}/publiccode.yml")
    @Produces({YAML, "text/yaml", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download an entry's publiccode.yml")
    @Open
    public Response publiccode(@PathParam("id") long id) {
        CatalogueService.PublicCodeFile file = catalogue.publiccode(id);
        return Downloads.file(file.content(), file.name()).type(YAML + "; charset=utf-8").build();
    }

    /** An officer of another public body declares its interest, with a message for the owning body. */
    @POST
    @Path("{id: [0-9]+}/interest")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare interest in reusing a solution")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    public Response declareInterest(@PathParam("id") long id, InterestForm form) {
        return Response.status(Response.Status.CREATED).entity(catalogue.declareInterest(id,
                form == null ? null : form.message())).build();
    }

    /** Who is interested: the owning body's officers only. */
    @GET
    @Path("{id: [0-9]+}/interest")
    @Operation(summary = "List declarations of interest")
    public List<InterestView> interests(@PathParam("id") long id) {
        return catalogue.interests(id);
    }

    /** An officer of another public body records that it uses the solution. */
    @POST
    @Path("{id: [0-9]+}/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an adoption")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    public Response recordAdoption(@PathParam("id") long id, AdoptionForm form) {
        return Response.status(Response.Status.CREATED).entity(catalogue.recordAdoption(id, form)).build();
    }
}
