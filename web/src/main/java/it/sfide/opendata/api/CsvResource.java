package it.sfide.opendata.api;

import it.sfide.opendata.boundary.OpenDataService;
import it.sfide.opendata.boundary.OpenDataService.Csv;
import jakarta.inject.Inject;
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
    public Response challenges() {
        return file(Csv.CHALLENGES, "sfide-challenges.csv");
    }

    @GET
    @Path("awards.csv")
    @Produces(CSV)
    public Response awards() {
        return file(Csv.AWARDS, "sfide-awards.csv");
    }

    @GET
    @Path("contracts.csv")
    @Produces(CSV)
    public Response contracts() {
        return file(Csv.CONTRACTS, "sfide-contracts.csv");
    }

    private Response file(Csv kind, String name) {
        return Response.ok(openData.csv(kind)).type(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", OcdsResource.FIVE_MINUTES).build();
    }
}
