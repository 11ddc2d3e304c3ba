package it.sfide.document.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.document.boundary.SignatureVerification;
import it.sfide.document.boundary.VerificationView;
import it.sfide.platform.api.Uploads;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code POST /verify}: a PDF or a .p7m, as a multipart field {@code file} or as the request body
 * ({@code application/pdf}, {@code application/pkcs7-mime}), checked like on the verification page. Public.
 */
@Path("verify")
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    @Inject
    SignatureVerification verification;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Verify a document (multipart)")
    @Open
    public VerificationView multipart(List<EntityPart> parts) throws IOException {
        try (InputStream in = Uploads.file(parts).getContent()) {
            return verification.verify(read(in));
        }
    }

    @POST
    @Consumes({"application/pdf", "application/pkcs7-mime", "application/pkcs7-signature",
        MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Verify a document (raw body)")
    @Open
    public VerificationView body(InputStream pdf) throws IOException {
        return verification.verify(read(pdf));
    }

    /** At most one byte more than the limit: enough for the service to refuse an oversized file. */
    private static byte[] read(InputStream in) throws IOException {
        return in.readNBytes((int) SignatureVerification.MAX_BYTES + 1);
    }
}
