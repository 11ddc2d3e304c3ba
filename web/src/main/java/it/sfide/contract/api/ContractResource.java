package it.sfide.contract.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.contract.boundary.CompletionService;
import it.sfide.contract.boundary.ContractForm;
import it.sfide.contract.boundary.ContractService;
import it.sfide.contract.boundary.ContractView;
import it.sfide.contract.boundary.DeliveryService;
import it.sfide.contract.boundary.PaymentService;
import it.sfide.document.boundary.ExternalSignatures;
import it.sfide.platform.api.Uploads;
import it.sfide.shared.SfideException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Contracts, {@code /api/v1/contracts}: the caller's organisation's contracts, one contract, the buyer's edit of a
 * draft, its issue, each party's signature, the document, deliverables, acceptances, rejections, payments, the
 * payments as CSV and the completion. The same boundary methods as the pages, with the same access rules: only the two parties see a
 * contract.
 */
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    /** A password that signs. */
    public record Signature(String password) {
    }

    /** A reason, alone. */
    public record Reason(String reason) {
    }

    /** The officer's remarks on a completed contract; may be empty. */
    public record Completion(String remarks) {
    }

    @Inject
    ContractService contracts;

    @Inject
    DeliveryService deliveries;

    @Inject
    PaymentService payments;

    @Inject
    CompletionService completion;

    @GET
    @Operation(summary = "List the caller's contracts")
    public List<ContractView> mine() {
        return contracts.mine();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read a contract")
    public ContractView get(@PathParam("id") long id) {
        return contracts.get(id);
    }

    /** The buyer's officers edit the draft. */
    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a draft contract")
    public ContractView update(@PathParam("id") long id, ContractForm form) {
        return contracts.update(id, form);
    }

    /** The draft issued for signature. */
    @POST
    @Path("{id: [0-9]+}/issue")
    @Operation(summary = "Issue a contract for signature")
    public ContractView issue(@PathParam("id") long id) {
        return contracts.issue(id);
    }

    /** The caller's signature on the platform: an officer of the body first, a legal representative second. */
    @POST
    @Path("{id: [0-9]+}/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign a contract")
    public ContractView sign(@PathParam("id") long id, Signature body) {
        String password = body == null ? null : body.password();
        return contracts.get(id).caller().officer() ? contracts.signAsBuyer(id, password)
                : contracts.signAsOperator(id, password);
    }

    /** The contract's document: the PDF with the signatures so far, or its .p7m once signed as CAdES. */
    @GET
    @Path("{id: [0-9]+}/document")
    @Produces({"application/pdf", "application/pkcs7-mime", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a contract's document")
    public Response document(@PathParam("id") long id) {
        ContractService.SignedFile f = contracts.document(id);
        return download(f.content(), f.contentType(), f.name());
    }

    /**
     * The contract signed outside the platform by the operator's legal representative: multipart, field
     * {@code file}, a signed PDF (PAdES) or a .p7m (CAdES).
     */
    @POST
    @Path("{id: [0-9]+}/signed-copy")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a contract signed with one's own signature")
    public ContractView uploadSigned(@PathParam("id") long id, List<EntityPart> parts) {
        EntityPart file = Uploads.file(parts);
        try (InputStream in = file.getContent()) {
            return contracts.uploadSigned(id, Uploads.fileName(file.getFileName().orElse(null)),
                    in.readNBytes((int) ExternalSignatures.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operator submits a milestone's deliverables: multipart, a {@code report} part and {@code file} parts. */
    @POST
    @Path("{id: [0-9]+}/milestones/{n: [0-9]+}/deliverables")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Deliver a milestone's deliverables")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response deliver(@PathParam("id") long id, @PathParam("n") int n, List<EntityPart> parts) {
        String report = null;
        List<DeliveryService.Upload> files = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            try (InputStream in = part.getContent()) {
                if ("report".equals(part.getName())) {
                    report = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
                } else if ("file".equals(part.getName())) {
                    files.add(new DeliveryService.Upload(Uploads.fileName(part.getFileName().orElse(null)),
                            in.readNBytes(DeliveryService.FILE_MAX + 1)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (files.isEmpty()) {
            throw SfideException.invalid("file", "error.upload.fileMissing");
        }
        return Response.status(Response.Status.CREATED).entity(deliveries.submit(id, n, report, files)).build();
    }

    @POST
    @Path("{id: [0-9]+}/milestones/{n: [0-9]+}/acceptance")
    @Operation(summary = "Accept a milestone")
    public ContractView accept(@PathParam("id") long id, @PathParam("n") int n) {
        return deliveries.accept(id, n);
    }

    @POST
    @Path("{id: [0-9]+}/milestones/{n: [0-9]+}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a milestone")
    public ContractView reject(@PathParam("id") long id, @PathParam("n") int n, Reason body) {
        return deliveries.reject(id, n, body == null ? null : body.reason());
    }

    /** The buying body completes the contract: every milestone accepted; the completion certificate is issued. */
    @POST
    @Path("{id: [0-9]+}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete a contract")
    public ContractView complete(@PathParam("id") long id, Completion body) {
        return completion.complete(id, body == null ? null : body.remarks());
    }

    /** A file of a deliverable. */
    @GET
    @Path("{id: [0-9]+}/files/{file: [0-9]+}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a deliverable")
    public Response file(@PathParam("id") long id, @PathParam("file") long file) {
        DeliveryService.FileContent f = deliveries.file(id, file);
        return download(f.content(), f.contentType(), f.name());
    }

    /** An officer records a payment against an accepted milestone. */
    @POST
    @Path("{id: [0-9]+}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a payment")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response pay(@PathParam("id") long id, PaymentService.PaymentForm form) {
        return Response.status(Response.Status.CREATED).entity(payments.record(id, form)).build();
    }

    /** The contract's payments as CSV. */
    @GET
    @Path("{id: [0-9]+}/payments.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a contract's payments (CSV)")
    public Response paymentsCsv(@PathParam("id") long id) {
        return download(payments.csv(id).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8",
                "pagamenti-" + contracts.get(id).code() + ".csv");
    }

    /** Every payment of the caller's body, as CSV (its officers). */
    @GET
    @Path("payments.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download all the body's payments (CSV)")
    public Response allPaymentsCsv() {
        return download(payments.csv(null).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8",
                "pagamenti.csv");
    }

    static Response download(byte[] content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
