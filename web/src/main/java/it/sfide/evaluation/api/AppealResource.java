package it.sfide.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.evaluation.AppealFile;
import it.sfide.evaluation.boundary.AppealService;
import it.sfide.evaluation.boundary.AppealView;
import it.sfide.platform.api.Uploads;
import it.sfide.shared.SfideException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An applicant's appeal on its proposal's results, {@code /api/v1/proposals/{id}/appeal}: {@code GET} it,
 * {@code POST} it once within the window (JSON text), {@code POST .../files} a PDF (multipart, field {@code file}).
 */
@Path("proposals/{id: [0-9]+}/appeal")
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

    /** The appeal's grounds. */
    public record AppealForm(String text) {
    }

    @Inject
    AppealService appeals;

    @GET
    @Operation(summary = "Read the caller's appeal on a proposal")
    public AppealView mine(@PathParam("id") long id) {
        return appeals.mine(id).orElseThrow(() -> SfideException.notFound("evaluation.error.noAppeal"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lodge an appeal")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = AppealView.class)))
    public Response lodge(@PathParam("id") long id, AppealForm form) {
        return Response.status(Response.Status.CREATED).entity(appeals.lodge(id, form == null ? null : form.text()))
                .build();
    }

    @POST
    @Path("files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file to an appeal")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = AppealView.class)))
    public Response attach(@PathParam("id") long id, List<EntityPart> parts) {
        EntityPart file = Uploads.file(parts);
        try (InputStream in = file.getContent()) {
            byte[] content = in.readNBytes(10 * 1024 * 1024 + 1);
            return Response.status(Response.Status.CREATED).entity(appeals.attach(id,
                    Uploads.fileName(file.getFileName().orElse(null)), content)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the appeal (the appellant and the buying body's officers). */
    @GET
    @Path("files/{appeal: [0-9]+}/{file: [0-9]+}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an appeal's file")
    public Response file(@PathParam("appeal") long appeal, @PathParam("file") long file) {
        AppealFile f = appeals.file(appeal, file);
        return Response.ok(f.getContent(), "application/pdf").header("Content-Disposition",
                "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(f.getName(), StandardCharsets.UTF_8)
                        .replace("+", "%20")).build();
    }
}
