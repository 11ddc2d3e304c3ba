package it.sfide.proposal;

import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static ProposalContent complete() {
        return new ProposalContent("Titolo", "Sintesi", "Soluzione", "Gruppo", new BigDecimal("1000.50"),
                List.of(new ProposalContent.BudgetLine("Personale", new BigDecimal("800.50")),
                        new ProposalContent.BudgetLine("Viaggi", new BigDecimal("200"))), 4, 6, "Licenza");
    }

    @Test
    void aCompleteContentMissesNothing() {
        assertEquals(List.of(), complete().missing());
    }

    @Test
    void budgetLinesMustAddUpToTheBudget() {
        ProposalContent c = complete();
        ProposalContent off = new ProposalContent(c.title(), c.summary(), c.solution(), c.team(),
                new BigDecimal("999"), c.budgetLines(), 4, 6, c.ipTerms());
        assertEquals(List.of("proposal.error.budgetSum"), off.missing().stream().map(SfideException::messageKey)
                .toList());
    }

    @Test
    void theTargetLevelCannotFallBelowTodaysAndLevelsStayWithinOneToNine() {
        ProposalContent c = complete();
        ProposalContent backwards = new ProposalContent(c.title(), c.summary(), c.solution(), c.team(), c.budget(),
                c.budgetLines(), 6, 4, c.ipTerms());
        assertEquals("trlTarget", backwards.missing().get(0).field());
        ProposalContent outOfScale = new ProposalContent(null, null, null, null, null, null, 0, 10, null);
        ValidationFailure refused = assertThrows(ValidationFailure.class, outOfScale::requireValid);
        assertEquals(List.of("trlCurrent", "trlTarget"), refused.problems().stream().map(SfideException::field)
                .toList());
    }

    @Test
    void blankTextsAreEmptyAndEmptyBudgetLinesAreDropped() {
        ProposalContent c = new ProposalContent("  ", null, null, null, null,
                List.of(new ProposalContent.BudgetLine(" ", null)), null, null, null);
        assertNull(c.title());
        assertEquals(List.of(), c.budgetLines());
    }

    @Test
    void aSubmittedProposalIsReplacedWithdrawnAndOnlyThenNotOpened() {
        Proposal p = new Proposal(1, 1, 7, 3, NOW);
        assertThrows(SfideException.class, () -> p.withdraw(NOW), "nothing to withdraw yet");
        p.submitted(10, NOW);
        p.submitted(11, NOW.plusSeconds(1));
        assertEquals(11L, p.getCurrentSubmissionId());
        p.withdraw(NOW.plusSeconds(2));
        assertNull(p.getCurrentSubmissionId());
        assertEquals(ProposalStatus.WITHDRAWN, p.getStatus());
        assertThrows(SfideException.class, () -> p.opened(NOW.plusSeconds(3)));
    }

    @Test
    void anOpenedProposalIsNoLongerEditableAndInadmissibilityNeedsAReason() {
        Proposal p = new Proposal(1, 1, 7, 3, NOW);
        p.submitted(10, NOW);
        p.opened(NOW.plusSeconds(60));
        assertThrows(SfideException.class, () -> p.saveForm(new byte[] {1}, NOW));
        SfideException noReason = assertThrows(SfideException.class,
                () -> p.decideAdmissibility(false, " ", 5, NOW));
        assertEquals("reason", noReason.field());
        p.decideAdmissibility(false, "Documenti mancanti", 5, NOW);
        assertEquals(ProposalStatus.INADMISSIBLE, p.getStatus());
        p.decideAdmissibility(true, null, 6, NOW);
        assertEquals(ProposalStatus.ADMISSIBLE, p.getStatus());
    }

    @Test
    void theOpeningNeedsTheDeadlinePassedAndASecondOfficer() {
        Instant deadline = NOW;
        assertThrows(SfideException.class, () -> new Opening(1, 1, deadline, 5, deadline.minusMillis(1)));
        Opening opening = new Opening(1, 1, deadline, 5, deadline);
        SfideException self = assertThrows(SfideException.class, () -> opening.confirm(5, NOW));
        assertEquals("opening.error.fourEyes", self.messageKey());
        opening.confirm(6, NOW);
        assertTrue(opening.isConfirmed());
        assertThrows(SfideException.class, () -> opening.confirm(7, NOW));
    }

    @Test
    void aPartnerAnswersOnceAndChangedTermsAskAgain() {
        Partner partner = new Partner(1, 9, new byte[] {1}, 3, NOW);
        partner.answer(true, 4, NOW);
        assertTrue(partner.isConfirmed());
        assertThrows(SfideException.class, () -> partner.answer(false, 4, NOW));
        partner.changeTerms(new byte[] {2}, NOW);
        assertEquals(PartnerStatus.INVITED, partner.getStatus());
    }

    @Test
    void aSubmissionKeepsItsFirstReceipt() {
        Submission s = Submission.withdrawal(1, 2, NOW, 3, null, "ab");
        assertTrue(s.receipted("SF-2026-1", null));
        assertEquals(false, s.receipted("SF-2026-2", null));
        assertEquals("SF-2026-1", s.getReceiptProtocol());
    }
}
