package it.sfide.opendata.api;

import it.sfide.platform.api.Open;
import it.sfide.opendata.boundary.OpenDataService;
import it.sfide.opendata.boundary.OpenDataService.Csv;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The processes' current state as CSV for anyone (UTF-8 with BOM, comma-separated, licence CC BY 4.0):
 * {@code GET /open-data/challenges.csv}, {@code /awards.csv}, {@code /contracts.csv}. Read from the latest OCDS
 * releases, so they hold what the OCDS data holds; kept by caches five minutes.
 */
@Path("open-data")
public class CsvResource {

    static final String CSV = "text/csv;charset=UTF-8";

    @Inject
    OpenDataService openData;

    @GET
    @Path("challenges.csv")
    @Produces(CSV)
    @Operation(summary = "Challenges as CSV")
    @APIResponse(responseCode = "200", description = "The CSV file (UTF-8 with BOM, licence CC BY 4.0).",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Open
    public Response challenges() {
        return file(Csv.CHALLENGES, "sfide-challenges.csv");
    }

    @GET
    @Path("awards.csv")
    @Produces(CSV)
    @Operation(summary = "Awards as CSV")
    @APIResponse(responseCode = "200", description = "The CSV file (UTF-8 with BOM, licence CC BY 4.0).",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Open
    public Response awards() {
        return file(Csv.AWARDS, "sfide-awards.csv");
    }

    @GET
    @Path("contracts.csv")
    @Produces(CSV)
    @Operation(summary = "Contracts as CSV")
    @APIResponse(responseCode = "200", description = "The CSV file (UTF-8 with BOM, licence CC BY 4.0).",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Open
    public Response contracts() {
        return file(Csv.CONTRACTS, "sfide-contracts.csv");
    }

    private Response file(Csv kind, String name) {
        return Response.ok(openData.csv(kind)).type(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", OcdsResource.FIVE_MINUTES).build();
    }
}
