package it.sfide.challenge.boundary;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeContent;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Criterion;
import it.sfide.challenge.Phase;
import it.sfide.challenge.TieBreak;
import it.sfide.identity.ItalianRegion;
import it.sfide.shared.SfideException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A challenge as the writing wizard and {@code POST/PUT /api/v1/challenges} send it: every field may be empty in
 * a draft ({@code needEn} and {@code expectedOutcomesEn}: the need and the expected outcomes in English, like
 * {@code titleEn} and {@code summaryEn}). Phases are numbered in the order given. {@code clarificationsUntil}:
 * until when questions are taken (empty: until the first phase closes). {@code submissionCountVisible}: whether the
 * buyer's side may see how many proposals were submitted before the deadline; {@code attachmentPageLimit}: the page
 * limit of each attached document (empty: none).
 */
public record ChallengeForm(ChallengeType type, String titleIt, String titleEn, String summaryIt, String summaryEn,
        String need, String needEn, String expectedOutcomes, String expectedOutcomesEn, BigDecimal budget,
        BigDecimal awardValue, Integer trlMin,
        Integer trlMax, List<String> themes, ItalianRegion region, List<String> requiredDocuments,
        List<PhaseForm> phases, List<CriterionForm> criteria, Integer overallThreshold, TieBreak tieBreak,
        boolean blindReview, String cig, String cup, Instant clarificationsUntil, boolean submissionCountVisible,
        Integer attachmentPageLimit) {

    /** A phase: when it opens and closes (instants) and its budget. */
    public record PhaseForm(Instant opensAt, Instant closesAt, BigDecimal budget) {
    }

    /**
     * An evaluation criterion with its weight and its optional minimum score; {@code phase} empty for a general
     * criterion (every phase without criteria of its own), or a PCP's later phase (2 or 3) whose stage gate judges
     * by it. The weights of the general criteria sum to 100, and so do those of each phase with its own.
     */
    public record CriterionForm(String nameIt, String nameEn, int weight, Integer threshold, Integer phase) {
    }

    /** The domain's content; a phase without both instants, or a criterion without names, is refused by field. */
    public ChallengeContent toContent() {
        List<Phase> phaseList = new ArrayList<>();
        List<PhaseForm> given = phases == null ? List.of() : phases;
        for (int i = 0; i < given.size(); i++) {
            PhaseForm p = given.get(i);
            if (p == null || p.opensAt() == null || p.closesAt() == null) {
                throw SfideException.invalid("phases[" + i + "].closesAt", "challenge.error.phaseDates");
            }
            phaseList.add(new Phase(i + 1, p.opensAt(), p.closesAt(), p.budget()));
        }
        List<Criterion> criterionList = new ArrayList<>();
        List<CriterionForm> givenCriteria = criteria == null ? List.of() : criteria;
        for (int i = 0; i < givenCriteria.size(); i++) {
            CriterionForm c = givenCriteria.get(i);
            if (c == null || blank(c.nameIt()) || blank(c.nameEn())) {
                throw SfideException.invalid("criteria[" + i + "].nameIt", "challenge.error.criterionName");
            }
            criterionList.add(new Criterion(c.nameIt().strip(), c.nameEn().strip(), c.weight(), c.threshold(),
                    c.phase()));
        }
        return new ChallengeContent(type, titleIt, titleEn, summaryIt, summaryEn, need, needEn, expectedOutcomes,
                expectedOutcomesEn, budget, awardValue, trlMin, trlMax, clean(themes), region,
                clean(requiredDocuments), phaseList,
                criterionList, overallThreshold, tieBreak, blindReview, cig, cup);
    }

    /** The form showing what a challenge says now. */
    public static ChallengeForm of(Challenge challenge) {
        ChallengeContent c = challenge.content();
        return new ChallengeForm(c.type(), c.titleIt(), c.titleEn(), c.summaryIt(), c.summaryEn(), c.need(),
                c.needEn(), c.expectedOutcomes(), c.expectedOutcomesEn(), c.budget(), c.awardValue(), c.trlMin(),
                c.trlMax(), c.themes(), c.region(),
                c.requiredDocuments(),
                c.phases().stream().map(p -> new PhaseForm(p.getOpensAt(), p.getClosesAt(), p.getBudget())).toList(),
                c.criteria().stream().map(k -> new CriterionForm(k.getNameIt(), k.getNameEn(), k.getWeight(),
                        k.getThreshold(), k.getPhase())).toList(),
                c.overallThreshold(), c.tieBreak(), c.blindReview(), c.cig(), c.cup(),
                challenge.getClarificationsUntil(),
                challenge.isSubmissionCountVisible(), challenge.getAttachmentPageLimit());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
