package it.sfide.proposal.control;

import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.document.boundary.TimeStampView;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.Links;
import it.sfide.platform.mail.Mailer;
import it.sfide.proposal.Partner;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.Submission;
import it.sfide.proposal.SubmissionKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Issues the receipt of a committed submission or withdrawal, in a transaction of its own: an RFC 3161
 * time-stamp over the manifest's digest, the receipt PDF sealed by the platform and registered (readable by the
 * lead organisation and the consortium's confirmed partners, see {@link PartnerReaders}), and an e-mail to the
 * operators of the lead and of the confirmed partners. Issuing twice is harmless: the first receipt stays.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReceiptIssuer {

    @Inject
    Links links;

    @Inject
    Proposals proposals;

    @Inject
    ProposalAccess access;

    @Inject
    DocumentIssuer documents;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    /** The receipt's protocol, issued now unless it already exists. */
    public String issue(long submissionId) {
        Submission s = proposals.lockSubmission(submissionId);
        if (s.getReceiptProtocol() != null) {
            return s.getReceiptProtocol();
        }
        Proposal p = proposals.require(s.getProposalId());
        ChallengeView challenge = access.challengeOf(p);
        Contact submitter = directory.contacts(List.of(s.getSubmittedBy())).get(0);
        String manifest = Manifest.of(s);
        TimeStampView stamp = documents.timeStamp(HexFormat.of().parseHex(s.getDigest()));
        String lead = directory.organisationName(p.getLeadOrganisationId());
        DocumentView receipt = documents.issue(new SubmissionReceipt.Renderer(), new SubmissionReceipt(s, manifest,
                challenge.title(submitter.locale()), challenge.ocid(), p.getPhaseNumber(), lead,
                submitter.fullName(), stamp), new Issue(PartnerReaders.RECORD_TYPE, String.valueOf(p.getId()),
                p.getLeadOrganisationId(), Visibility.RESTRICTED, submitter.locale()));
        s.receipted(receipt.protocol(), stamp.token());
        Set<Contact> recipients = new LinkedHashSet<>();
        recipients.add(submitter);
        recipients.addAll(directory.operators(p.getLeadOrganisationId()));
        for (Partner partner : proposals.partners(p.getId())) {
            if (partner.isConfirmed()) {
                recipients.addAll(directory.operators(partner.getOrganisationId()));
            }
        }
        String template = s.getKind() == SubmissionKind.WITHDRAWAL ? "proposalWithdrawn" : "proposalSubmitted";
        for (Contact c : recipients) {
            mailer.send(c.email(), c.locale(), template, challenge.title(c.locale()), receipt.protocol(),
                    s.getSubmittedAt().toString(), s.getDigest(),
                    links.receipt(s.getId()));
        }
        return receipt.protocol();
    }
}
