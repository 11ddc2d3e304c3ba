package it.sfide.proposal.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.identity.boundary.Actor;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.control.ProposalAccess;
import it.sfide.proposal.control.ProposalViews;
import it.sfide.proposal.control.Proposals;
import it.sfide.proposal.control.ReceiptIssuer;
import it.sfide.proposal.control.SubmissionSealer;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submitting and withdrawing, by the lead's operators, while the phase is open: first the act is sealed and
 * committed on its own ({@link SubmissionSealer}), then its receipt is issued ({@link ReceiptIssuer}). If the
 * receipt cannot be issued at once, the act stands and the receipt follows (at the next request for it, or at
 * startup). A request repeated with the same idempotency key returns the first act and its receipt.
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmissionService {

    private static final Logger LOG = Logger.getLogger(SubmissionService.class.getName());
    /** The longest idempotency key accepted (a UUID is 36 characters). */
    public static final int KEY_MAX = 100;

    @Inject
    SubmissionSealer sealer;

    @Inject
    ReceiptIssuer receipts;

    @Inject
    Proposals proposals;

    @Inject
    ProposalAccess access;

    /** Seals and commits the current draft, replacing any earlier submission; returns its receipt. */
    @Audited(value = "proposal.submit", target = "proposal")
    public ReceiptView submit(long proposalId, String idempotencyKey) {
        Actor me = access.requireVerifiedOperator();
        SubmissionSealer.Sealed sealed = sealer.submit(proposalId, key(idempotencyKey), me);
        return receipted(sealed.submissionId());
    }

    /** Withdraws the current submission: nothing of this proposal will be opened; receipted like a submission. */
    @Audited(value = "proposal.withdraw", target = "proposal")
    public ReceiptView withdraw(long proposalId, String idempotencyKey) {
        Actor me = access.requireVerifiedOperator();
        SubmissionSealer.Sealed sealed = sealer.withdraw(proposalId, key(idempotencyKey), me);
        return receipted(sealed.submissionId());
    }

    /** One act with its receipt, for the proposal's operators (issued now if it is still missing). */
    public ReceiptView receipt(long submissionId) {
        Actor me = access.requireVerifiedOperator();
        var submission = proposals.submission(submissionId)
                .orElseThrow(() -> SfideException.notFound("proposal.error.notFound"));
        access.requireMember(submission.getProposalId(), me);
        return receipted(submissionId);
    }

    /** Every act on the proposal, latest first. */
    public List<ReceiptView> history(long proposalId) {
        Actor me = access.requireVerifiedOperator();
        Proposal p = access.requireMember(proposalId, me);
        return proposals.submissions(p.getId()).stream().map(s -> ProposalViews.receipt(s, p)).toList();
    }

    private ReceiptView receipted(long submissionId) {
        try {
            receipts.issue(submissionId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Submission " + submissionId + " is committed; its receipt will be issued later", e);
        }
        var s = proposals.submission(submissionId).orElseThrow();
        return ProposalViews.receipt(s, proposals.require(s.getProposalId()));
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        String key = idempotencyKey.strip();
        if (key.length() > KEY_MAX || !key.matches("[\\x21-\\x7e]+")) {
            throw SfideException.invalid("Idempotency-Key", "proposal.error.idempotencyKey", KEY_MAX);
        }
        return key;
    }
}
