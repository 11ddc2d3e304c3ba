package it.sfide.document.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.document.boundary.TrustAnchorService;
import it.sfide.document.boundary.TrustAnchorView;
import it.sfide.platform.api.Uploads;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Platform admin: the certification authorities trusted besides the platform's root CA. {@code GET} lists them;
 * {@code POST} adds one, as a PEM or DER body (note in {@code ?note=}) or a multipart form with the parts
 * {@code file} and, optionally, {@code note}; {@code DELETE /{id}} removes one.
 */
@Path("admin/trust-anchors")
@Produces(MediaType.APPLICATION_JSON)
public class TrustAnchorResource {

    /** A note is at most 500 characters; a larger part is cut, then refused by the service for its length. */
    private static final int MAX_NOTE_BYTES = 4 * 1024;

    @Inject
    TrustAnchorService anchors;

    @GET
    @Operation(summary = "List trust anchors")
    public List<TrustAnchorView> list() {
        return anchors.list();
    }

    @POST
    @Consumes({"application/x-pem-file", "application/pkix-cert", "application/x-x509-ca-cert", MediaType.TEXT_PLAIN,
        MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Add a trust anchor (PEM or DER body)")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = TrustAnchorView.class)))
    public Response add(InputStream certificate, @QueryParam("note") String note) throws IOException {
        return created(anchors.add(certificate.readNBytes(TrustAnchorService.MAX_BYTES + 1), note));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a trust anchor (multipart)")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = TrustAnchorView.class)))
    public Response upload(List<EntityPart> parts) throws IOException {
        byte[] certificate;
        try (InputStream in = Uploads.file(parts).getContent()) {
            certificate = in.readNBytes(TrustAnchorService.MAX_BYTES + 1);
        }
        String note = null;
        for (EntityPart part : parts) {
            if ("note".equals(part.getName())) {
                try (InputStream in = part.getContent()) {
                    note = new String(in.readNBytes(MAX_NOTE_BYTES), StandardCharsets.UTF_8);
                }
            }
        }
        return created(anchors.add(certificate, note));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Remove a trust anchor")
    public void remove(@PathParam("id") long id) {
        anchors.remove(id);
    }

    private static Response created(TrustAnchorView anchor) {
        return Response.status(Response.Status.CREATED).entity(anchor).build();
    }
}
