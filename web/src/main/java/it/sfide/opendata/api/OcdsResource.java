package it.sfide.opendata.api;

import it.sfide.platform.api.Open;
import it.sfide.opendata.boundary.OpenDataService;
import it.sfide.shared.Digests;
import it.sfide.shared.SfideException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Open Contracting Data Standard 1.1 for anyone, no account needed, licence CC BY 4.0:
 * {@code GET /ocds/releases/{ocid}} (a process's release package), {@code GET /ocds/records/{ocid}} (its record
 * package), {@code GET /ocds/records?page=&size=} (every process, the most recently changed first),
 * {@code GET /ocds/bulk} (the monthly files) and {@code GET /ocds/bulk/{yyyy-MM}.json} (a month's releases). Each
 * answer carries an ETag (a client asking again with {@code If-None-Match} gets 304) and may be cached publicly for
 * five minutes; a past month's file for a day.
 */
@Path("ocds")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OcdsResource {

    static final String FIVE_MINUTES = "public, max-age=300";
    static final String A_DAY = "public, max-age=86400";
    static final String CACHED = " (JSON, licence CC BY 4.0); 304 when unchanged since the ETag in If-None-Match.";

    @Inject
    OpenDataService openData;

    @Context
    Request request;

    @GET
    @Path("releases/{ocid}")
    @Operation(summary = "OCDS release package of a contracting process")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 release package"
            + CACHED,
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @Open
    public Response releases(@PathParam("ocid") String ocid) {
        return cached(openData.releasePackage(ocid), FIVE_MINUTES);
    }

    @GET
    @Path("records/{ocid}")
    @Operation(summary = "OCDS record package of a contracting process")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 record package"
            + CACHED,
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @Open
    public Response record(@PathParam("ocid") String ocid) {
        return cached(openData.recordPackage(ocid), FIVE_MINUTES);
    }

    @GET
    @Path("records")
    @Operation(summary = "OCDS record package of every process, page by page")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 record package with links to the next and previous pages"
            + CACHED,
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No such page.")
    @Open
    public Response records(@QueryParam("page") @DefaultValue("1") int page,
                            @QueryParam("size") @DefaultValue("20") int size) {
        return cached(openData.records(page, size), FIVE_MINUTES);
    }

    @GET
    @Path("bulk")
    @Operation(summary = "Index of the monthly OCDS bulk files")
    @APIResponse(responseCode = "200", description = "The monthly files: month, url, number of releases"
            + CACHED,
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @Open
    public Response bulk() {
        return cached(openData.bulkIndex(), FIVE_MINUTES);
    }

    @GET
    @Path("bulk/{month}.json")
    @Operation(summary = "OCDS release package of a month (bulk file)")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 release package of the month"
            + CACHED,
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No release in this month.")
    @APIResponse(responseCode = "422", description = "The month is not written YYYY-MM.")
    @Open
    public Response month(@PathParam("month") String month) {
        YearMonth asked;
        try {
            asked = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw SfideException.invalid("month", "opendata.error.month");
        }
        return cached(openData.month(asked), openData.ended(asked) ? A_DAY : FIVE_MINUTES);
    }

    private Response cached(JsonObject body, String cacheControl) {
        String json = body.toString();
        EntityTag tag = new EntityTag(Digests.sha256Hex(json.getBytes(StandardCharsets.UTF_8)));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(json);
        return answer.tag(tag).header("Cache-Control", cacheControl).build();
    }
}
