package it.sfide.proposal.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.sfide.platform.api.Downloads;
import it.sfide.platform.api.Uploads;
import it.sfide.proposal.ProposalContent;
import it.sfide.proposal.boundary.AttachmentService;
import it.sfide.proposal.boundary.AttachmentView;
import it.sfide.proposal.boundary.ConsortiumService;
import it.sfide.proposal.boundary.DraftingService;
import it.sfide.proposal.boundary.OpenedProposalView;
import it.sfide.proposal.boundary.OpeningService;
import it.sfide.proposal.boundary.OpeningView;
import it.sfide.proposal.boundary.PartnerView;
import it.sfide.proposal.boundary.ProposalSummary;
import it.sfide.proposal.boundary.ProposalView;
import it.sfide.proposal.boundary.ReceiptView;
import it.sfide.proposal.boundary.SubmissionService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.List;

import static it.sfide.platform.api.Bodies.require;

/**
 * Proposals over the API, {@code /api/v1/proposals}: the caller's own (lead or partner), their sections, files,
 * consortium, submission and withdrawal (with {@code Idempotency-Key}) and receipts; for buyers' officers, opened
 * proposals and the admissibility decision. Same boundary methods as the pages.
 */
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    /** A partner to invite, or new terms for one. */
    public record PartnerForm(long organisationId, String role, BigDecimal budgetShare) {
    }

    /** A partner's answer. */
    public record Answer(boolean accept) {
    }

    /** The admissibility decision. */
    public record Decision(boolean admissible, String reason) {
    }

    @Inject
    DraftingService drafting;

    @Inject
    AttachmentService attachments;

    @Inject
    ConsortiumService consortium;

    @Inject
    SubmissionService submissions;

    @Inject
    OpeningService opening;

    @GET
    @Operation(summary = "List the caller's proposals")
    public List<ProposalSummary> mine() {
        return drafting.mine();
    }

    @GET
    @Path("partner-candidates")
    @Operation(summary = "List the organisations one may invite as partners")
    public List<ConsortiumService.Candidate> partnerCandidates() {
        return consortium.candidates();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read a proposal")
    public ProposalView get(@PathParam("id") long id) {
        return drafting.get(id);
    }

    @PUT
    @Path("{id: [0-9]+}/sections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a proposal's sections")
    public ProposalView save(@PathParam("id") long id, ProposalContent content) {
        return drafting.save(id, require(content));
    }

    @POST
    @Path("{id: [0-9]+}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file to a proposal")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    public Response attach(@PathParam("id") long id, List<EntityPart> parts) {
        EntityPart file = Uploads.file(parts);
        AttachmentView added = attachments.attach(id, Uploads.fileName(file.getFileName().orElse(null)),
                attachments.readLimited(file.getContent()));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @DELETE
    @Path("{id: [0-9]+}/attachments/{attachment: [0-9]+}")
    @Operation(summary = "Remove a file from a proposal")
    @APIResponse(responseCode = "204", description = "Done; no content.")
    public Response detach(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        attachments.remove(id, attachment);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: [0-9]+}/attachments/{attachment: [0-9]+}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a proposal's file")
    public Response download(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        AttachmentService.FileContent file = attachments.download(id, attachment);
        return Downloads.attachment(file.content(), "application/pdf", file.name());
    }

    @POST
    @Path("{id: [0-9]+}/partners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a consortium partner")
    public List<PartnerView> invite(@PathParam("id") long id, PartnerForm form) {
        PartnerForm f = require(form);
        return consortium.invite(id, f.organisationId(), f.role(), f.budgetShare());
    }

    @DELETE
    @Path("{id: [0-9]+}/partners/{organisation: [0-9]+}")
    @Operation(summary = "Remove a consortium partner")
    public List<PartnerView> removePartner(@PathParam("id") long id, @PathParam("organisation") long organisation) {
        return consortium.remove(id, organisation);
    }

    @GET
    @Path("partnerships")
    @Operation(summary = "List partnership invitations to the caller's organisation")
    public List<ConsortiumService.Invitation> invitations() {
        return consortium.invitations();
    }

    @POST
    @Path("{id: [0-9]+}/partnership")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a partnership invitation")
    public ConsortiumService.Invitation answer(@PathParam("id") long id, Answer answer) {
        return consortium.answer(id, require(answer).accept());
    }

    @POST
    @Path("{id: [0-9]+}/submit")
    @Operation(summary = "Submit a proposal")
    public ReceiptView submit(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key) {
        return submissions.submit(id, key);
    }

    @POST
    @Path("{id: [0-9]+}/withdraw")
    @Operation(summary = "Withdraw a submitted proposal")
    public ReceiptView withdraw(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key) {
        return submissions.withdraw(id, key);
    }

    @GET
    @Path("{id: [0-9]+}/submissions")
    @Operation(summary = "List a proposal's submissions")
    public List<ReceiptView> history(@PathParam("id") long id) {
        return submissions.history(id);
    }

    @GET
    @Path("submissions/{submission: [0-9]+}")
    @Operation(summary = "Read a submission receipt")
    public ReceiptView receipt(@PathParam("submission") long submission) {
        return submissions.receipt(submission);
    }

    @GET
    @Path("{id: [0-9]+}/opened")
    @Operation(summary = "Read an opened proposal")
    public OpenedProposalView opened(@PathParam("id") long id) {
        return opening.read(id);
    }

    @GET
    @Path("{id: [0-9]+}/opened/files/{file: [0-9]+}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download an opened proposal's file")
    public Response openedFile(@PathParam("id") long id, @PathParam("file") int file) {
        OpeningService.FileContent content = opening.file(id, file);
        return Downloads.attachment(content.content(), "application/pdf", content.name());
    }

    @POST
    @Path("{id: [0-9]+}/admissibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a proposal's admissibility")
    public OpeningView.OpenedSummary decide(@PathParam("id") long id, Decision decision) {
        Decision d = require(decision);
        return opening.decide(id, d.admissible(), d.reason());
    }
}
