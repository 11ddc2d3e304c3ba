package it.sfide.contract.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.contract.boundary.ContractService;
import it.sfide.contract.boundary.ContractView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A challenge's contracts, {@code /api/v1/challenges/{id}/contracts}: those the caller's organisation is party to. */
@Path("challenges/{id: [0-9]+}/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeContractsResource {

    @Inject
    ContractService contracts;

    @GET
    @Operation(summary = "List a challenge's contracts")
    public List<ContractView> list(@PathParam("id") long id) {
        return contracts.ofChallenge(id);
    }
}
