package it.sfide.document.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.document.boundary.DocumentSigning;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.SignatureRequestView;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Personal signatures: {@code GET /signatures} lists the documents the caller is asked to sign;
 * {@code POST /signatures/{id}} with {@code {"password": ...}} signs one (the password unlocks the caller's key).
 */
@Path("signatures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignatureResource {

    /** The caller's password, re-entered for this signature. */
    public record SignRequest(String password) {
    }

    @Inject
    DocumentSigning signing;

    @GET
    @Operation(summary = "List the signatures the caller owes")
    public List<SignatureRequestView> pending() {
        return signing.pending();
    }

    @POST
    @Path("{id}")
    @Operation(summary = "Sign a document")
    public DocumentView sign(@PathParam("id") long id, SignRequest request) {
        if (request == null) {
            throw new BadRequestException();
        }
        return signing.sign(id, request.password());
    }
}
