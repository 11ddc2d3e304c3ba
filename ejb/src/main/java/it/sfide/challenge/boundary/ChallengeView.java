package it.sfide.challenge.boundary;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Criterion;
import it.sfide.challenge.TieBreak;
import it.sfide.identity.ItalianRegion;
import it.sfide.shared.Bilingual;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A challenge as its page and {@code GET /api/v1/challenges/{id}} show it: what it asks, its phases and deadlines,
 * criteria, co-sponsors, amendments and notice. Texts are returned as written; pages escape them. Titles, summaries,
 * needs and expected outcomes come in Italian and English ({@code needEn}, {@code expectedOutcomesEn}); pages show
 * the reader's language, the Italian text while the English one is empty.
 *
 * @param origin the challenge it was started from (credited), or null
 * @param editable whether the caller is a buyer officer of the owning body
 * @param takesQuestions whether operators may ask questions now
 * @param submissionCountVisible whether the buyer's side may see how many proposals were submitted before the
 *        deadline
 * @param attachmentPageLimit the page limit of each document attached to a proposal, or null
 * @param reusable whether the caller, a buyer officer of another body, may start a draft of their own from it
 * @param approvable whether the caller may approve its publication now (asked for by another officer: four eyes)
 */
public record ChallengeView(long id, String ocid, ChallengeStatus status, ChallengeType type, long buyerId,
        String buyerName, String titleIt, String titleEn, String summaryIt, String summaryEn, String need,
        String needEn, String expectedOutcomes, String expectedOutcomesEn, BigDecimal budget, BigDecimal awardValue,
        Integer trlMin, Integer trlMax,
        List<String> themes, ItalianRegion region, List<String> requiredDocuments, List<PhaseView> phases,
        List<CriterionView> criteria, Integer overallThreshold, TieBreak tieBreak, boolean blindReview, String cig,
        String cup, Instant deadline, Instant clarificationsUntil, Instant publishedAt, String statusReason,
        String noticeProtocol,
        String approvalRequestedBy, Instant approvalRequestedAt, String createdBy, Instant updatedAt,
        List<CoSponsorView> coSponsors, List<AmendmentView> amendments, Origin origin, boolean editable,
        boolean takesQuestions, boolean submissionCountVisible, Integer attachmentPageLimit, boolean reusable,
        boolean approvable) {

    /**
     * The criteria a phase's committee judges by: the phase's own when it has any (a PCP's stage gate), otherwise
     * the general ones (without a phase).
     */
    public List<CriterionView> criteriaOf(int phase) {
        return Criterion.ofPhase(criteria, CriterionView::phase, phase);
    }

    /** The general criteria: judged by the first phase and by every phase without criteria of its own. */
    public List<CriterionView> generalCriteria() {
        return criteria.stream().filter(k -> k.phase() == null).toList();
    }

    /** The phases with criteria of their own (a PCP's stage gates), each with them, in the order of the phases. */
    public List<PhaseCriteria> phaseCriteria() {
        return Criterion.phasesWithOwn(criteria, CriterionView::phase).stream()
                .map(n -> new PhaseCriteria(n, criteriaOf(n))).toList();
    }

    /** A phase with its deadline. */
    public record PhaseView(int number, Instant opensAt, Instant closesAt, BigDecimal budget, Instant closedAt) {
    }

    /** An evaluation criterion; {@code phase} null for a general one, else the only phase judged by it. */
    public record CriterionView(String nameIt, String nameEn, int weight, Integer threshold, Integer phase) {
    }

    /** A phase with criteria of its own, and those criteria. */
    public record PhaseCriteria(int phase, List<CriterionView> criteria) {
    }

    /** The challenge a template was taken from, and its body. */
    public record Origin(long id, String titleIt, String titleEn, String bodyName) {
    }

    /** What the caller may do with the challenge, as {@code ChallengeViews} decides it for them. */
    public record Rights(boolean editable, boolean internals, boolean reusable, boolean approvable) {
    }

    /** The view; who wrote and who asked to publish only for those who follow the internals. */
    public static ChallengeView of(Challenge c, String buyerName, List<CoSponsorView> coSponsors,
            List<AmendmentView> amendments, Origin origin, Rights rights, Instant now) {
        boolean internals = rights.internals();
        return new ChallengeView(c.getId(), c.getOcid(), c.getStatus(), c.getType(), c.getBuyerId(), buyerName,
                c.getTitleIt(), c.getTitleEn(), c.getSummaryIt(), c.getSummaryEn(), c.getNeed(),
                c.getNeedEn(), c.getExpectedOutcomes(), c.getExpectedOutcomesEn(), c.getBudget(), c.getAwardValue(),
                c.getTrlMin(), c.getTrlMax(),
                c.getThemes(), c.getRegion(), c.getRequiredDocuments(),
                c.getPhases().stream().map(p -> new PhaseView(p.getNumber(), p.getOpensAt(), p.getClosesAt(),
                        p.getBudget(), p.getClosedAt())).toList(),
                c.getCriteria().stream().map(k -> new CriterionView(k.getNameIt(), k.getNameEn(), k.getWeight(),
                        k.getThreshold(), k.getPhase())).toList(),
                c.getOverallThreshold(), c.getTieBreak(), c.isBlindReview(), c.getCig(), c.getCup(),
                c.getDeadline(), c.getClarificationsUntil(), c.getPublishedAt(), c.getStatusReason(),
                c.getNoticeProtocol(),
                internals ? c.getApprovalRequestedBy() : null, internals ? c.getApprovalRequestedAt() : null,
                internals ? c.getCreatedBy() : null, c.getUpdatedAt(),
                coSponsors, amendments, origin, rights.editable(), c.takesQuestions(now),
                c.isSubmissionCountVisible(), c.getAttachmentPageLimit(), rights.reusable(), rights.approvable());
    }

    /** A phase by its number. */
    public java.util.Optional<PhaseView> phase(int number) {
        return phases.stream().filter(p -> p.number() == number).findFirst();
    }

    /** Whether the phase takes submissions at this instant: published (not suspended), opened, before its deadline. */
    public boolean acceptsProposals(PhaseView phase, Instant now) {
        // a market consultation is answered in its questionnaire: it takes no proposals
        return type != it.sfide.challenge.ChallengeType.MARKET_CONSULTATION && status == ChallengeStatus.PUBLISHED && !now.isBefore(phase.opensAt()) && now.isBefore(phase.closesAt());
    }

    /** The title in the reader's language (the other one while it is still empty). */
    public String title(java.util.Locale locale) {
        return Bilingual.pick(locale, titleIt, titleEn);
    }

    /** The summary in the reader's language. */
    public String summary(java.util.Locale locale) {
        return Bilingual.pick(locale, summaryIt, summaryEn);
    }

    /** The need in the reader's language (the Italian one while the English one is still empty). */
    public String need(java.util.Locale locale) {
        return Bilingual.pick(locale, need, needEn);
    }

    /** The expected outcomes in the reader's language (the other one while it is still empty), or null. */
    public String expectedOutcomes(java.util.Locale locale) {
        return Bilingual.pick(locale, expectedOutcomes, expectedOutcomesEn);
    }
}
