package it.sfide.document.api;

import it.sfide.document.boundary.TrustService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** Public: the root CA and the time-stamping authority certificates (PEM), and the CA's revocation list. */
@Path("trust")
public class TrustResource {

    @Inject
    TrustService trust;

    @GET
    @Path("ca.pem")
    @Produces("application/x-pem-file")
    public Response ca() {
        return pem(trust.caPem(), "sfide-ca.pem");
    }

    @GET
    @Path("tsa.pem")
    @Produces("application/x-pem-file")
    public Response tsa() {
        return pem(trust.tsaPem(), "sfide-tsa.pem");
    }

    @GET
    @Path("ca.crl")
    @Produces("application/pkix-crl")
    public Response crl() {
        return Response.ok(trust.crl()).header("Content-Disposition", "attachment; filename=\"sfide-ca.crl\"").build();
    }

    private static Response pem(String body, String filename) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
