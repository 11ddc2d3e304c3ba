package it.sfide.proposal.api;

import it.sfide.proposal.boundary.DraftingService;
import it.sfide.proposal.boundary.ProposalSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Proposals of the caller's organisation: listing its own ({@code /api/v1/proposals}). */
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    @Inject
    DraftingService drafting;

    @GET
    public List<ProposalSummary> mine() {
        return drafting.mine();
    }
}
