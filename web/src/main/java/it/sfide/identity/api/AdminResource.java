package it.sfide.identity.api;

import it.sfide.identity.OrganisationStatus;
import it.sfide.identity.boundary.MailView;
import it.sfide.identity.boundary.OrganisationView;
import it.sfide.identity.boundary.OutboxService;
import it.sfide.identity.boundary.VerificationService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Platform admin: verification of organisations and the mail outbox. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    /** Why a registration is rejected. */
    public record Rejection(String reason) {
    }

    @Inject
    VerificationService verification;

    @Inject
    OutboxService outbox;

    @GET
    @Path("organisations")
    public List<OrganisationView> organisations(@QueryParam("status") OrganisationStatus status) {
        return verification.list(status);
    }

    @POST
    @Path("organisations/{id}/verification")
    public OrganisationView verify(@PathParam("id") long id) {
        return verification.verify(id);
    }

    @POST
    @Path("organisations/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationView reject(@PathParam("id") long id, Rejection rejection) {
        return verification.reject(id, rejection == null ? null : rejection.reason());
    }

    @GET
    @Path("outbox")
    public List<MailView> outbox(@QueryParam("max") @DefaultValue("50") int max,
            @QueryParam("recipient") String recipient) {
        return outbox.latest(max, recipient);
    }
}
