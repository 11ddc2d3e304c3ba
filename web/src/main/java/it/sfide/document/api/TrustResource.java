package it.sfide.document.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.document.boundary.TrustService;
import it.sfide.platform.api.Downloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;

/**
 * Public: the root CA and the time-stamping authority certificates (PEM), the CA's revocation list, and the
 * time-stamping authority itself (RFC 3161 over HTTP).
 */
@Path("trust")
public class TrustResource {

    static final int MAX_QUERY = 16 * 1024;

    @Inject
    TrustService trust;

    @GET
    @Path("ca.pem")
    @Produces("application/x-pem-file")
    @Operation(summary = "Download the platform CA certificate")
    @Open
    public Response ca() {
        return pem(trust.caPem(), "sfide-ca.pem");
    }

    @GET
    @Path("tsa.pem")
    @Produces("application/x-pem-file")
    @Operation(summary = "Download the time-stamping certificate")
    @Open
    public Response tsa() {
        return pem(trust.tsaPem(), "sfide-tsa.pem");
    }

    /** The seal certificate of a verified public body (404 for others). */
    @GET
    @Path("bodies/{id}.pem")
    @Produces("application/x-pem-file")
    @Operation(summary = "Download a public body's seal certificate")
    @Open
    public Response bodySeal(@jakarta.ws.rs.PathParam("id") long organisationId) {
        return pem(trust.bodySealPem(organisationId), "sfide-body-" + organisationId + ".pem");
    }

    @GET
    @Path("ca.crl")
    @Produces("application/pkix-crl")
    @Operation(summary = "Download the CA's revocation list")
    @Open
    public Response crl() {
        return Downloads.file(trust.crl(), "sfide-ca.crl").build();
    }

    /** RFC 3161 over HTTP: a DER time-stamp query in, a DER time-stamp reply out. */
    @POST
    @Path("tsa")
    @Consumes("application/timestamp-query")
    @Produces("application/timestamp-reply")
    @Operation(summary = "Get an RFC 3161 time-stamp")
    @Open
    public Response timeStamp(InputStream query) throws IOException {
        byte[] request = query.readNBytes(MAX_QUERY + 1);
        if (request.length > MAX_QUERY) {
            throw new BadRequestException();
        }
        return Response.ok(trust.timeStamp(request)).build();
    }

    private static Response pem(String body, String filename) {
        return Downloads.file(body, filename).build();
    }
}
