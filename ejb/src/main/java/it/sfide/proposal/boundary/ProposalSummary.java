package it.sfide.proposal.boundary;

import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.ProposalStatus;
import it.sfide.shared.Bilingual;

import java.time.Instant;

/**
 * A proposal as its organisations list it (no content).
 *
 * @param lead whether the caller's organisation leads it (otherwise it is a partner)
 */
public record ProposalSummary(long id, long challengeId, String challengeTitleIt, String challengeTitleEn,
        int phaseNumber, Instant closesAt, long leadOrganisationId, boolean lead, ProposalStatus status,
        Instant createdAt, Instant updatedAt, Instant submittedAt) {

    static ProposalSummary of(Proposal p, boolean lead, ChallengeView challenge) {
        return new ProposalSummary(p.getId(), p.getChallengeId(), challenge.titleIt(), challenge.titleEn(),
                p.getPhaseNumber(), challenge.phase(p.getPhaseNumber()).map(ChallengeView.PhaseView::closesAt)
                        .orElse(null), p.getLeadOrganisationId(), lead, p.getStatus(), p.getCreatedAt(),
                p.getUpdatedAt(), p.getSubmittedAt());
    }

    /** The challenge title in the reader's language. */
    public String challengeTitle(java.util.Locale locale) {
        return Bilingual.pick(locale, challengeTitleIt, challengeTitleEn);
    }
}
