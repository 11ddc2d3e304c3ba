package it.sfide.opendata.control;

import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.ClarificationView;
import it.sfide.contract.boundary.ContractView;
import it.sfide.document.boundary.DocumentView;
import it.sfide.evaluation.boundary.AwardView;
import it.sfide.identity.boundary.Directory.PartyView;

import java.util.List;
import java.util.Map;

/**
 * Everything public about one contracting process, as the areas' public boundary methods give it: the challenge,
 * its published clarifications, its published awards, its contracts once issued, the documents of each, and the
 * organisations involved as public registers describe them.
 *
 * @param tenderDocuments the challenge's public notices and clarification digests, oldest first
 * @param awardDocuments the award decisions by protocol
 * @param contractDocuments each contract's registered documents (metadata only), by contract id
 */
public record ProcessData(ChallengeView challenge, List<ClarificationView> clarifications, List<AwardView> awards,
        List<ContractView> contracts, List<DocumentView> tenderDocuments, Map<String, DocumentView> awardDocuments,
        Map<Long, List<DocumentView>> contractDocuments, Map<Long, PartyView> parties) {
}
