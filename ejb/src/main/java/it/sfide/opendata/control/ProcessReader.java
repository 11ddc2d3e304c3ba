package it.sfide.opendata.control;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.ClarificationService;
import it.sfide.challenge.boundary.ClarificationView;
import it.sfide.contract.boundary.ContractService;
import it.sfide.contract.boundary.ContractView;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.document.boundary.DocumentView;
import it.sfide.evaluation.boundary.AwardService;
import it.sfide.evaluation.boundary.AwardView;
import it.sfide.identity.boundary.Directory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what is public about a contracting process, through the other areas' boundary methods that answer the same
 * whoever asks (so a release never depends on who happened to trigger it, and never holds a draft, a sealed proposal,
 * an asker, an evaluator's score or an e-mail address).
 */
@Dependent
public class ProcessReader {

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    ClarificationService clarifications;

    @Inject
    AwardService awards;

    @Inject
    ContractService contracts;

    @Inject
    DocumentRegistry registry;

    @Inject
    DocumentIssuer issuer;

    @Inject
    Directory directory;

    /** The published challenges, by id. */
    public List<Long> processes() {
        return challenges.publishedIds();
    }

    /** What is public about the challenge's process; empty for a challenge never published. */
    public Optional<ProcessData> read(long challengeId) {
        Optional<ChallengeView> found = challenges.published(challengeId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ChallengeView challenge = found.get();
        List<ClarificationView> published = clarifications.published(challengeId);
        List<AwardView> awarded = awards.published(challengeId);
        List<ContractView> signed = contracts.published(challengeId);
        Map<String, DocumentView> decisions = new HashMap<>();
        for (AwardView a : awarded) {
            registry.publicOf("award", a.committeeId() + "/" + a.revision())
                    .forEach(d -> decisions.put(d.protocol(), d));
        }
        Map<Long, List<DocumentView>> contractDocuments = new HashMap<>();
        for (ContractView k : signed) {
            contractDocuments.put(k.id(), issuer.ofRecord("contract", String.valueOf(k.id())));
        }
        Set<Long> organisations = new LinkedHashSet<>();
        organisations.add(challenge.buyerId());
        challenge.coSponsors().forEach(s -> organisations.add(s.organisationId()));
        awarded.forEach(a -> a.winners().forEach(w -> organisations.add(w.organisationId())));
        signed.forEach(k -> {
            organisations.add(k.bodyId());
            organisations.add(k.operatorId());
        });
        return Optional.of(new ProcessData(challenge, published, awarded, signed,
                challenges.publishedDocuments(challengeId), decisions, contractDocuments,
                directory.parties(organisations)));
    }
}
