package it.sfide.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place that knows the addresses of the portal's pages, for links that leave it (e-mails, documents,
 * feeds): each built from the configured public base URL ({@code SFIDE_BASE_URL}), parameters encoded. When a
 * page moves, this class changes and nothing else in the business layer does.
 */
@ApplicationScoped
public class Links {

    @Inject
    Settings settings;

    /** The public page of a challenge. */
    public String challenge(long challengeId) {
        return page("/challenges/view.xhtml?id=" + challengeId);
    }

    /** The public catalogue of challenges. */
    public String catalogue() {
        return page("/challenges/");
    }

    /** The operator's list of proposals and consortium invitations. */
    public String myProposals() {
        return page("/proposals/");
    }

    /** The editor of a proposal. */
    public String proposal(long proposalId) {
        return page("/proposals/edit.xhtml?id=" + proposalId);
    }

    /** The receipt of a submission or withdrawal. */
    public String receipt(long submissionId) {
        return page("/proposals/receipt.xhtml?id=" + submissionId);
    }

    /** The opening session of a challenge's phase. */
    public String opening(long challengeId, int phase) {
        return page("/proposals/opening.xhtml?challenge=" + challengeId + "&phase=" + phase);
    }

    /** A committee's page (members, declaration, assignment, progress). */
    public String committee(long committeeId) {
        return page("/evaluation/committee.xhtml?id=" + committeeId);
    }

    /** A contract's page (parties, signatures, milestones, payments). */
    public String contract(long contractId) {
        return page("/contracts/contract.xhtml?id=" + contractId);
    }

    /** An entry of the reuse catalogue (a finished solution, its interested bodies and adoptions). */
    public String reuseEntry(long entryId) {
        return page("/catalogue/entry.xhtml?id=" + entryId);
    }

    /** An evaluator's individual report on one proposal. */
    public String evaluation(long committeeId, long candidateId) {
        return page("/evaluation/score.xhtml?committee=" + committeeId + "&candidate=" + candidateId);
    }

    /** The consensus proposed on one proposal, for its evaluators to agree or dissent. */
    public String consensus(long committeeId, long candidateId) {
        return page("/evaluation/consensus.xhtml?committee=" + committeeId + "&candidate=" + candidateId);
    }

    /** The documents the signed-in person is asked to sign. */
    public String signatures() {
        return page("/account/signatures.xhtml");
    }

    /** The evaluator's home: their committees and what each asks of them. */
    public String evaluatorHome() {
        return page("/evaluation/index.xhtml");
    }

    /** The page where an invited person joins an organisation. */
    public String invitation(String token) {
        return page("/invitation.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** The page where an invited expert registers as an evaluator, or accepts signed in. */
    public String expertInvitation(String token) {
        return page("/expert.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** The page where a person who forgot their password chooses a new one. */
    public String passwordReset(String token) {
        return page("/reset.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** The page where a person sets up (or turns off) their second factor. */
    public String secondFactor() {
        return page("/account/second-factor.xhtml");
    }

    /** The public verification of a document by its protocol number (the address in every document's QR code). */
    public String verify(String protocol) {
        return page("/verify?p=" + URLEncoder.encode(protocol, StandardCharsets.UTF_8));
    }

    /** An address of the REST API, e.g. {@code /trust/ca.crl}. */
    public String api(String path) {
        return page("/api/v1" + path);
    }

    private String page(String pathAndQuery) {
        return settings.baseUrl() + pathAndQuery;
    }
}
