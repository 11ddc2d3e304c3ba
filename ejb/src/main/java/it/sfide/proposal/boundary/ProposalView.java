package it.sfide.proposal.boundary;

import it.sfide.proposal.ProposalContent;
import it.sfide.proposal.ProposalStatus;
import it.sfide.shared.Bilingual;

import java.time.Instant;
import java.util.List;

/**
 * A proposal as its own operators (lead and confirmed partners) see it: the draft's sections, files and
 * consortium, and the history of its submissions.
 *
 * @param lead whether the caller's organisation leads it (only the lead submits)
 * @param editable whether it can still be changed now (its phase is open)
 * @param missing what a submission still needs (message keys by field), empty when it is complete
 */
public record ProposalView(long id, long challengeId, String challengeTitleIt, String challengeTitleEn,
        int phaseNumber, Instant closesAt, long leadOrganisationId, String leadOrganisationName, boolean lead,
        ProposalStatus status, String statusReason, ProposalContent content, List<AttachmentView> attachments,
        List<PartnerView> partners, List<ReceiptView> history, boolean editable, List<Problem> missing,
        Instant updatedAt, Instant submittedAt) {

    /** A missing or wrong piece, by field, with its message in the caller's language. */
    public record Problem(String field, String code, String message) {
    }

    /** The challenge title in the reader's language. */
    public String challengeTitle(java.util.Locale locale) {
        return Bilingual.pick(locale, challengeTitleIt, challengeTitleEn);
    }
}
