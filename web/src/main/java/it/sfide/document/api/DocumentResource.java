package it.sfide.document.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.document.boundary.DocumentView;
import it.sfide.platform.api.Downloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The document registry: {@code GET /documents} lists what the caller may see (filter by record and type),
 * {@code GET /documents/{protocol}} downloads the PDF, {@code .../registration} describes it, {@code .../p7m}
 * downloads the .p7m of a document signed outside the platform that way.
 */
@Path("documents")
public class DocumentResource {

    @Inject
    DocumentRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the caller's issued documents")
    @Open
    public List<DocumentView> list(@QueryParam("recordType") String recordType, @QueryParam("recordId") String recordId,
            @QueryParam("type") String type, @QueryParam("max") @DefaultValue("50") int max) {
        return registry.visible(recordType, recordId, type, max);
    }

    @GET
    @Path("{protocol}")
    @Produces("application/pdf")
    @Operation(summary = "Download an issued document (PDF)")
    @Open
    public Response download(@PathParam("protocol") String protocol) {
        byte[] pdf = registry.content(protocol);
        return Downloads.file(pdf, protocol.strip().toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[^A-Z0-9-]", "") + ".pdf").build();
    }

    /** The CAdES envelope of a document signed outside the platform as a .p7m (404 for other documents). */
    @GET
    @Path("{protocol}/p7m")
    @Produces("application/pkcs7-mime")
    @Operation(summary = "Download an issued document's detached signature")
    @Open
    public Response p7m(@PathParam("protocol") String protocol) {
        byte[] p7m = registry.p7m(protocol);
        return Downloads.file(p7m, protocol.strip().toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[^A-Z0-9-]", "") + ".pdf.p7m").build();
    }

    @GET
    @Path("{protocol}/registration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a document's registration")
    @Open
    public DocumentView registration(@PathParam("protocol") String protocol) {
        return registry.describe(protocol);
    }
}
