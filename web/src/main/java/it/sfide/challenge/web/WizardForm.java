package it.sfide.challenge.web;

import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.TieBreak;
import it.sfide.challenge.boundary.ChallengeForm;
import it.sfide.identity.ItalianRegion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the writing wizard edits, field by field (dates as local times in Europe/Rome, required documents one per
 * line); turned into the boundary's {@link ChallengeForm} to save.
 */
public class WizardForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private ChallengeType type = ChallengeType.CHALLENGE_PRIZE;
    private String titleIt;
    private String titleEn;
    private String summaryIt;
    private String summaryEn;
    private String need;
    private String needEn;
    private String expectedOutcomes;
    private String expectedOutcomesEn;
    private BigDecimal budget;
    private BigDecimal awardValue;
    private Integer trlMin;
    private Integer trlMax;
    private List<String> themes = new ArrayList<>();
    private ItalianRegion region;
    private String requiredDocuments;
    private List<PhaseRow> phases = new ArrayList<>();
    private List<CriterionRow> criteria = new ArrayList<>();
    private Integer overallThreshold;
    private TieBreak tieBreak;
    private boolean blindReview;
    private String cig;
    private String cup;
    private LocalDateTime clarificationsUntil;
    private boolean submissionCountVisible;
    private Integer attachmentPageLimit;

    /** One phase as the form edits it. */
    public static class PhaseRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDateTime opensAt;
        private LocalDateTime closesAt;
        private BigDecimal budget;

        public LocalDateTime getOpensAt() { return opensAt; }
        public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
        public LocalDateTime getClosesAt() { return closesAt; }
        public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
        public BigDecimal getBudget() { return budget; }
        public void setBudget(BigDecimal budget) { this.budget = budget; }
    }

    /** One criterion as the form edits it. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String nameIt;
        private String nameEn;
        private Integer weight;
        private Integer threshold;
        private Integer phase;

        public String getNameIt() { return nameIt; }
        public void setNameIt(String nameIt) { this.nameIt = nameIt; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public Integer getWeight() { return weight; }
        public void setWeight(Integer weight) { this.weight = weight; }
        public Integer getThreshold() { return threshold; }
        public void setThreshold(Integer threshold) { this.threshold = threshold; }
        public Integer getPhase() { return phase; }
        public void setPhase(Integer phase) { this.phase = phase; }
    }

    /** The sum of the weights written so far for the general criteria (phase null) or for one phase's own. */
    public record WeightSum(Integer phase, int sum) {
    }

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ROME).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ROME);
    }

    /** The boundary's form; rows left completely empty are dropped. */
    public ChallengeForm toForm() {
        List<ChallengeForm.PhaseForm> phaseForms = phases.stream()
                .filter(p -> p.opensAt != null || p.closesAt != null || p.budget != null)
                .map(p -> new ChallengeForm.PhaseForm(instant(p.opensAt), instant(p.closesAt), p.budget)).toList();
        List<ChallengeForm.CriterionForm> criterionForms = criteria.stream()
                .filter(c -> !blank(c.nameIt) || !blank(c.nameEn) || c.weight != null)
                .map(c -> new ChallengeForm.CriterionForm(c.nameIt, c.nameEn, c.weight == null ? 0 : c.weight,
                        c.threshold, c.phase)).toList();
        List<String> documents = requiredDocuments == null ? List.of()
                : Arrays.stream(requiredDocuments.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ChallengeForm(type, titleIt, titleEn, summaryIt, summaryEn, need, needEn, expectedOutcomes,
                expectedOutcomesEn, budget, awardValue, trlMin, trlMax, themes, region, documents, phaseForms,
                criterionForms, overallThreshold,
                tieBreak, blindReview, cig, cup, instant(clarificationsUntil), submissionCountVisible,
                attachmentPageLimit);
    }

    public static WizardForm of(ChallengeForm f) {
        WizardForm w = new WizardForm();
        w.type = f.type();
        w.titleIt = f.titleIt();
        w.titleEn = f.titleEn();
        w.summaryIt = f.summaryIt();
        w.summaryEn = f.summaryEn();
        w.need = f.need();
        w.needEn = f.needEn();
        w.expectedOutcomes = f.expectedOutcomes();
        w.expectedOutcomesEn = f.expectedOutcomesEn();
        w.budget = f.budget();
        w.awardValue = f.awardValue();
        w.trlMin = f.trlMin();
        w.trlMax = f.trlMax();
        w.themes = new ArrayList<>(f.themes());
        w.region = f.region();
        w.requiredDocuments = String.join("\n", f.requiredDocuments());
        for (ChallengeForm.PhaseForm p : f.phases()) {
            PhaseRow row = new PhaseRow();
            row.opensAt = local(p.opensAt());
            row.closesAt = local(p.closesAt());
            row.budget = p.budget();
            w.phases.add(row);
        }
        for (ChallengeForm.CriterionForm c : f.criteria()) {
            CriterionRow row = new CriterionRow();
            row.nameIt = c.nameIt();
            row.nameEn = c.nameEn();
            row.weight = c.weight();
            row.threshold = c.threshold();
            row.phase = c.phase();
            w.criteria.add(row);
        }
        w.overallThreshold = f.overallThreshold();
        w.tieBreak = f.tieBreak();
        w.blindReview = f.blindReview();
        w.cig = f.cig();
        w.cup = f.cup();
        w.clarificationsUntil = local(f.clarificationsUntil());
        w.submissionCountVisible = f.submissionCountVisible();
        w.attachmentPageLimit = f.attachmentPageLimit();
        return w;
    }

    /** As many phase rows as the type needs (a PCP three), keeping what is written. */
    public void fitPhases() {
        int needed = type == null ? 1 : type.phases();
        while (phases.size() < needed) {
            phases.add(new PhaseRow());
        }
        while (phases.size() > needed && isEmpty(phases.get(phases.size() - 1))) {
            phases.remove(phases.size() - 1);
        }
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    /** The sum of the weights of the general criteria written so far (shown next to the criteria). */
    public int getWeightSum() {
        return weightOf(null);
    }

    /** The sums of the weights of each phase with criteria of its own, in the order of the phases. */
    public List<WeightSum> getPhaseWeightSums() {
        return criteria.stream().map(c -> c.phase).filter(java.util.Objects::nonNull).distinct().sorted()
                .map(n -> new WeightSum(n, weightOf(n))).toList();
    }

    /**
     * Whether criteria may be given a phase of their own: the type has stage gates (a PCP), or a criterion still
     * has a phase (so that it can be put back to all phases after a change of type).
     */
    public boolean isPhaseCriteria() {
        return type != null && type.hasStageGates() || criteria.stream().anyMatch(c -> c.phase != null);
    }

    /** The phases a criterion may belong to besides all of them: a PCP's later phases (2 and 3). */
    public List<Integer> getCriterionPhases() {
        int last = ChallengeType.PCP.phases();
        return java.util.stream.IntStream.rangeClosed(2, last).boxed().toList();
    }

    private int weightOf(Integer phase) {
        return criteria.stream().filter(c -> java.util.Objects.equals(c.phase, phase))
                .mapToInt(c -> c.weight == null ? 0 : c.weight).sum();
    }

    private static boolean isEmpty(PhaseRow p) {
        return p.opensAt == null && p.closesAt == null && p.budget == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ChallengeType getType() { return type; }
    public void setType(ChallengeType type) { this.type = type; }
    public String getTitleIt() { return titleIt; }
    public void setTitleIt(String titleIt) { this.titleIt = titleIt; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getSummaryIt() { return summaryIt; }
    public void setSummaryIt(String summaryIt) { this.summaryIt = summaryIt; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
    public String getExpectedOutcomes() { return expectedOutcomes; }
    public void setExpectedOutcomes(String expectedOutcomes) { this.expectedOutcomes = expectedOutcomes; }
    public String getNeedEn() { return needEn; }
    public void setNeedEn(String needEn) { this.needEn = needEn; }
    public String getExpectedOutcomesEn() { return expectedOutcomesEn; }
    public void setExpectedOutcomesEn(String expectedOutcomesEn) { this.expectedOutcomesEn = expectedOutcomesEn; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public BigDecimal getAwardValue() { return awardValue; }
    public void setAwardValue(BigDecimal awardValue) { this.awardValue = awardValue; }
    public Integer getTrlMin() { return trlMin; }
    public void setTrlMin(Integer trlMin) { this.trlMin = trlMin; }
    public Integer getTrlMax() { return trlMax; }
    public void setTrlMax(Integer trlMax) { this.trlMax = trlMax; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes == null ? new ArrayList<>() : themes; }
    public ItalianRegion getRegion() { return region; }
    public void setRegion(ItalianRegion region) { this.region = region; }
    public String getRequiredDocuments() { return requiredDocuments; }
    public void setRequiredDocuments(String requiredDocuments) { this.requiredDocuments = requiredDocuments; }
    public List<PhaseRow> getPhases() { return phases; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public Integer getOverallThreshold() { return overallThreshold; }
    public void setOverallThreshold(Integer overallThreshold) { this.overallThreshold = overallThreshold; }
    public TieBreak getTieBreak() { return tieBreak; }
    public void setTieBreak(TieBreak tieBreak) { this.tieBreak = tieBreak; }
    public boolean isBlindReview() { return blindReview; }
    public void setBlindReview(boolean blindReview) { this.blindReview = blindReview; }
    public String getCig() { return cig; }
    public void setCig(String cig) { this.cig = cig; }
    public String getCup() { return cup; }
    public void setCup(String cup) { this.cup = cup; }
    public LocalDateTime getClarificationsUntil() { return clarificationsUntil; }
    public void setClarificationsUntil(LocalDateTime until) { this.clarificationsUntil = until; }
    public boolean isSubmissionCountVisible() { return submissionCountVisible; }
    public void setSubmissionCountVisible(boolean visible) { this.submissionCountVisible = visible; }
    public Integer getAttachmentPageLimit() { return attachmentPageLimit; }
    public void setAttachmentPageLimit(Integer limit) { this.attachmentPageLimit = limit; }
}
