package it.sfide.identity.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.identity.boundary.AccountService;
import it.sfide.identity.boundary.Me;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /me}: the caller, their role and organisation. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "Read the caller's account")
    public Me me() {
        return accounts.me();
    }
}
