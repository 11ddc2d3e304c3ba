package it.sfide.audit.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.audit.AuditOutcome;
import it.sfide.audit.boundary.AuditLog;
import it.sfide.audit.boundary.AuditView;
import it.sfide.audit.boundary.ChainCheck;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** {@code GET /audit} filters the log; {@code GET /audit/verify} recomputes the chain. Platform admins only. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    @Operation(summary = "Search the audit trail")
    public List<AuditView> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("outcome") AuditOutcome outcome, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("max") @DefaultValue("100") int max) {
        return log.search(actor, action, outcome, instant(from), instant(to), max);
    }

    @GET
    @Path("verify")
    @Operation(summary = "Verify the audit chain's integrity")
    public ChainCheck verify() {
        return log.verify();
    }

    /** ISO-8601 instants, e.g. 2026-11-22T00:00:00Z; a bad one is a 400, not a 500. */
    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new jakarta.ws.rs.BadRequestException();
        }
    }
}
