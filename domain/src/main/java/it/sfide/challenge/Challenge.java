package it.sfide.challenge;

import it.sfide.identity.ItalianRegion;
import it.sfide.shared.Bilingual;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A challenge of a public body: written as a draft (saved even when incomplete), published once a second officer of
 * the same body approves it (four eyes), then closed phase by phase at its deadlines, exactly once each. Every
 * change of state goes through a verb that checks the current state; the content is checked field by field, with
 * every problem reported at once.
 */
@Entity
@Table(name = "challenge")
public class Challenge {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int TEXT_MAX = 20_000;
    public static final int REASON_MAX = 1000;
    private static final Pattern CIG = Pattern.compile("[0-9A-Z]{10}");
    private static final Pattern CUP = Pattern.compile("[A-Z][0-9]{2}[A-Z][0-9]{11}");
    private static final Pattern THEME = Pattern.compile("[a-z0-9-]{2,40}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ocid", nullable = false, length = 60, unique = true)
    private String ocid;

    @Column(name = "buyer_id", nullable = false)
    private long buyerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ChallengeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private ChallengeType type;

    @Column(name = "title_it", length = TITLE_MAX)
    private String titleIt;

    @Column(name = "title_en", length = TITLE_MAX)
    private String titleEn;

    @Column(name = "summary_it", length = SUMMARY_MAX)
    private String summaryIt;

    @Column(name = "summary_en", length = SUMMARY_MAX)
    private String summaryEn;

    @Lob
    @Column(name = "need")
    private String need;

    @Lob
    @Column(name = "need_en")
    private String needEn;

    @Lob
    @Column(name = "expected_outcomes")
    private String expectedOutcomes;

    @Lob
    @Column(name = "expected_outcomes_en")
    private String expectedOutcomesEn;

    @Column(name = "budget", precision = 15, scale = 2)
    private BigDecimal budget;

    @Column(name = "award_value", precision = 15, scale = 2)
    private BigDecimal awardValue;

    @Column(name = "trl_min")
    private Integer trlMin;

    @Column(name = "trl_max")
    private Integer trlMax;

    @Column(name = "themes", length = 500)
    private String themes;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 30)
    private ItalianRegion region;

    @Lob
    @Column(name = "required_documents")
    private String requiredDocuments;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "challenge_phase", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderBy("number")
    private List<Phase> phases = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "challenge_criterion", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderColumn(name = "criterion_order")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "overall_threshold")
    private Integer overallThreshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_break", length = 30)
    private TieBreak tieBreak;

    @Column(name = "blind_review", nullable = false)
    private boolean blindReview;

    @Column(name = "cig", length = 10)
    private String cig;

    @Column(name = "cup", length = 15)
    private String cup;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "approval_requested_by", length = 60)
    private String approvalRequestedBy;

    @Column(name = "approval_requested_at")
    private Instant approvalRequestedAt;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    /** The closing instant of the first phase still open: what the catalogue filters and sorts by. */
    @Column(name = "deadline")
    private Instant deadline;

    /** The other body's challenge this one was started from, credited on the page. */
    @Column(name = "origin_id")
    private Long originId;

    /** Until when operators may ask questions; by default until the first phase closes. */
    @Column(name = "clarifications_until")
    private Instant clarificationsUntil;

    @Column(name = "submission_count_visible", nullable = false)
    private boolean submissionCountVisible;

    @Column(name = "attachment_page_limit")
    private Integer attachmentPageLimit;

    /** The protocol number of the current signed notice. */
    @Column(name = "notice_protocol", length = 20)
    private String noticeProtocol;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Challenge() {
    }

    /**
     * A new draft of the buying body, with its open-contracting identifier.
     *
     * @param ocid the Open Contracting identifier, {@code ocds-<prefix>-<id>}, given at creation
     */
    public Challenge(String ocid, long buyerId, ChallengeContent content, String createdBy, Instant now) {
        this.ocid = Objects.requireNonNull(ocid);
        this.buyerId = buyerId;
        this.status = ChallengeStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
        apply(content);
    }

    /**
     * A new draft started from another body's published challenge: its texts, type, criteria and rules are copied,
     * its dates and codes are not, and the origin is credited.
     */
    public static Challenge fromTemplate(String ocid, long buyerId, Challenge origin, String createdBy, Instant now) {
        if (!origin.isReusable()) {
            throw SfideException.conflict("challenge.error.templateDraft");
        }
        ChallengeContent c = origin.content();
        Challenge copy = new Challenge(ocid, buyerId, new ChallengeContent(c.type(), c.titleIt(), c.titleEn(),
                c.summaryIt(), c.summaryEn(), c.need(), c.needEn(), c.expectedOutcomes(), c.expectedOutcomesEn(),
                c.budget(), c.awardValue(), c.trlMin(),
                c.trlMax(), c.themes(), null, c.requiredDocuments(), List.of(), c.criteria(), c.overallThreshold(),
                c.tieBreak(), c.blindReview(), null, null), createdBy, now);
        copy.originId = origin.id;
        return copy;
    }

    /** What the challenge says now, as the writing form and the API show it. */
    public ChallengeContent content() {
        return new ChallengeContent(type, titleIt, titleEn, summaryIt, summaryEn, need, needEn, expectedOutcomes,
                expectedOutcomesEn, budget,
                awardValue, trlMin, trlMax, getThemes(), region, getRequiredDocuments(),
                phases.stream().map(Phase::copy).toList(), criteria.stream().map(Criterion::copy).toList(),
                overallThreshold, tieBreak, blindReview, cig, cup);
    }

    /** The officers change the draft; refused once it is published (changes are then amendments). */
    public void revise(ChallengeContent content, Instant now) {
        requireStatus(ChallengeStatus.DRAFT);
        apply(content);
        updatedAt = now;
        approvalRequestedBy = null;
        approvalRequestedAt = null;
    }

    private void apply(ChallengeContent c) {
        if (c.type() == null) {
            throw SfideException.invalid("type", "challenge.error.typeRequired");
        }
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        length(problems, "titleIt", c.titleIt(), TITLE_MAX);
        length(problems, "titleEn", c.titleEn(), TITLE_MAX);
        length(problems, "summaryIt", c.summaryIt(), SUMMARY_MAX);
        length(problems, "summaryEn", c.summaryEn(), SUMMARY_MAX);
        length(problems, "need", c.need(), TEXT_MAX);
        length(problems, "needEn", c.needEn(), TEXT_MAX);
        length(problems, "expectedOutcomes", c.expectedOutcomes(), TEXT_MAX);
        length(problems, "expectedOutcomesEn", c.expectedOutcomesEn(), TEXT_MAX);
        problems.check(c.budget() == null || c.budget().signum() >= 0, "budget", "challenge.error.negative");
        problems.check(c.awardValue() == null || c.awardValue().signum() >= 0, "awardValue",
                "challenge.error.negative");
        problems.check(c.budget() == null || c.awardValue() == null || c.awardValue().compareTo(c.budget()) <= 0,
                "awardValue", "challenge.error.awardOverBudget");
        problems.check(c.trlMin() == null || (c.trlMin() >= 1 && c.trlMin() <= 9), "trlMin", "challenge.error.trl");
        problems.check(c.trlMax() == null || (c.trlMax() >= 1 && c.trlMax() <= 9), "trlMax", "challenge.error.trl");
        problems.check(c.trlMin() == null || c.trlMax() == null || c.trlMin() <= c.trlMax(), "trlMax",
                "challenge.error.trlOrder");
        problems.check(c.themes().stream().allMatch(t -> THEME.matcher(t).matches()), "themes",
                "challenge.error.theme");
        problems.check(c.cig() == null || c.cig().isBlank() || CIG.matcher(c.cig().strip()).matches(), "cig",
                "challenge.error.cig");
        problems.check(c.cup() == null || c.cup().isBlank() || CUP.matcher(c.cup().strip()).matches(), "cup",
                "challenge.error.cup");
        for (int i = 0; i < c.phases().size(); i++) {
            Phase phase = c.phases().get(i);
            problems.check(phase.getOpensAt().isBefore(phase.getClosesAt()), "phases[" + i + "].closesAt",
                    "challenge.error.phaseOrder");
            problems.check(i == 0 || !phase.getOpensAt().isBefore(c.phases().get(i - 1).getClosesAt()),
                    "phases[" + i + "].opensAt", "challenge.error.phaseSequence");
            problems.check(phase.getBudget() == null || phase.getBudget().signum() >= 0, "phases[" + i + "].budget",
                    "challenge.error.negative");
        }
        for (int i = 0; i < c.criteria().size(); i++) {
            Criterion criterion = c.criteria().get(i);
            problems.check(criterion.getWeight() > 0 && criterion.getWeight() <= 100, "criteria[" + i + "].weight",
                    "challenge.error.weight");
            problems.check(criterion.getThreshold() == null
                    || (criterion.getThreshold() >= 0 && criterion.getThreshold() <= 100),
                    "criteria[" + i + "].threshold", "challenge.error.threshold");
            length(problems, "criteria[" + i + "].nameIt", criterion.getNameIt(), Criterion.NAME_MAX);
            length(problems, "criteria[" + i + "].nameEn", criterion.getNameEn(), Criterion.NAME_MAX);
            if (criterion.getPhase() != null) {
                if (!c.type().hasStageGates()) {
                    problems.check(false, "criteria[" + i + "].phase", "challenge.error.criterionPhaseType");
                } else {
                    problems.check(criterion.getPhase() >= 2 && criterion.getPhase() <= c.type().phases(),
                            "criteria[" + i + "].phase", "challenge.error.criterionPhase", c.type().phases());
                }
            }
        }
        problems.check(c.overallThreshold() == null || (c.overallThreshold() >= 0 && c.overallThreshold() <= 100),
                "overallThreshold", "challenge.error.threshold");
        problems.throwIfAny();

        type = c.type();
        titleIt = blankToNull(c.titleIt());
        titleEn = blankToNull(c.titleEn());
        summaryIt = blankToNull(c.summaryIt());
        summaryEn = blankToNull(c.summaryEn());
        need = blankToNull(c.need());
        needEn = blankToNull(c.needEn());
        expectedOutcomes = blankToNull(c.expectedOutcomes());
        expectedOutcomesEn = blankToNull(c.expectedOutcomesEn());
        budget = c.budget();
        awardValue = c.awardValue();
        trlMin = c.trlMin();
        trlMax = c.trlMax();
        themes = c.themes().isEmpty() ? null : String.join(",", c.themes());
        region = c.region();
        requiredDocuments = c.requiredDocuments().isEmpty() ? null : String.join("\n", c.requiredDocuments());
        phases = new ArrayList<>(c.phases());
        criteria = new ArrayList<>(c.criteria());
        overallThreshold = c.overallThreshold();
        tieBreak = c.tieBreak();
        blindReview = c.blindReview();
        cig = c.cig() == null || c.cig().isBlank() ? null : c.cig().strip();
        cup = c.cup() == null || c.cup().isBlank() ? null : c.cup().strip();
        refreshDeadline();
    }

    private void refreshDeadline() {
        deadline = phases.stream().filter(p -> !p.isClosed()).map(Phase::getClosesAt).min(Instant::compareTo)
                .orElse(phases.isEmpty() ? null : phases.get(phases.size() - 1).getClosesAt());
    }

    /**
     * An amendment of the texts of a published challenge (titles, summaries, need, outcomes, required documents,
     * themes): the rest (type, money, phases, criteria) stays as published, so nobody's proposal is judged by rules
     * changed under it. The texts publication needs must stay filled.
     */
    public void amendTexts(ChallengeContent c, Instant now) {
        if (!status.isOpen()) {
            throw SfideException.conflict("challenge.error.notOpen");
        }
        apply(new ChallengeContent(type, c.titleIt(), c.titleEn(), c.summaryIt(), c.summaryEn(), c.need(),
                c.needEn(), c.expectedOutcomes(), c.expectedOutcomesEn(), budget, awardValue, trlMin, trlMax,
                c.themes(), region,
                c.requiredDocuments(), phases, criteria, overallThreshold, tieBreak, blindReview, cig, cup));
        ValidationFailure.Collector missing = new ValidationFailure.Collector();
        missing.check(titleIt != null, "titleIt", "challenge.missing.title");
        missing.check(titleEn != null, "titleEn", "challenge.missing.title");
        missing.check(summaryIt != null, "summaryIt", "challenge.missing.summary");
        missing.check(summaryEn != null, "summaryEn", "challenge.missing.summary");
        missing.check(need != null, "need", "challenge.missing.need");
        missing.check(needEn != null, "needEn", "challenge.missing.need");
        missing.throwIfAny();
        updatedAt = now;
    }

    /**
     * The buyer sets until when questions are taken (null: until the first phase closes); it cannot fall after the
     * first phase's deadline. Set while writing, or later as an amendment.
     */
    public void takeQuestionsUntil(Instant cutoff, Instant now) {
        if (!status.isActive()) {
            throw SfideException.conflict("challenge.error.wrongState", status.name());
        }
        if (cutoff != null && !phases.isEmpty() && cutoff.isAfter(phases.get(0).getClosesAt())) {
            throw SfideException.invalid("clarificationsUntil", "clarification.error.cutoffAfterDeadline");
        }
        clarificationsUntil = cutoff;
        updatedAt = now;
    }

    /** The most pages an attached document may have (null: no limit); what a challenge may ask at most. */
    public static final int MAX_PAGE_LIMIT = 10_000;

    /**
     * Rules for proposals, set while writing: whether the buyer's side may see how many submissions exist before
     * the deadline (never what they contain), and the page limit of each attached document (null: none).
     */
    public void ruleProposals(boolean countVisible, Integer pageLimit, Instant now) {
        requireStatus(ChallengeStatus.DRAFT);
        if (pageLimit != null && (pageLimit < 1 || pageLimit > MAX_PAGE_LIMIT)) {
            throw SfideException.invalid("attachmentPageLimit", "challenge.error.pageLimit", MAX_PAGE_LIMIT);
        }
        submissionCountVisible = countVisible;
        attachmentPageLimit = pageLimit;
        updatedAt = now;
    }

    /** Whether an operator may ask a question now: the challenge is open and the cut-off has not passed. */
    public boolean takesQuestions(Instant now) {
        Instant until = clarificationsUntil != null ? clarificationsUntil
                : phases.isEmpty() ? null : phases.get(0).getClosesAt();
        return status.isOpen() && until != null && now.isBefore(until);
    }

    /** The protocol of the signed notice issued for the publication or the latest amendment. */
    public void noticeIssued(String protocol) {
        this.noticeProtocol = Objects.requireNonNull(protocol);
    }

    /** Open again after a suspension: the extension granted stays. */
    public void resume(Instant now) {
        requireStatus(ChallengeStatus.SUSPENDED);
        status = ChallengeStatus.PUBLISHED;
        updatedAt = now;
    }

    /** Anyone may read it: every challenge but a draft. */
    public boolean isPublic() {
        return status.isPublic();
    }

    /** Another body may start a draft of its own from it ({@link #fromTemplate}): it has been published. */
    public boolean isReusable() {
        return publishedAt != null;
    }

    /** Four eyes: publication was asked for by an officer other than this one, who may approve it now. */
    public boolean awaitsApprovalBy(String officer) {
        return status == ChallengeStatus.DRAFT && approvalRequestedBy != null && !approvalRequestedBy.equals(officer);
    }

    /** The words the catalogue finds it by: both titles, summaries, needs and expected outcomes. */
    public java.util.Set<String> searchTerms() {
        return SearchTerms.of(titleIt, titleEn, summaryIt, summaryEn, need, needEn, expectedOutcomes,
                expectedOutcomesEn);
    }

    /**
     * What publishing still needs, field by field (empty when the challenge is complete): both titles, both
     * summaries, the need in both languages (the expected outcomes are optional in both), the budget, the phases
     * its type has with future deadlines, and general criteria whose weights sum to 100, as do those of each phase
     * with criteria of its own (not for a market consultation, which awards nothing).
     */
    public List<SfideException> missingForPublication(Instant now) {
        ValidationFailure.Collector missing = new ValidationFailure.Collector();
        missing.check(titleIt != null, "titleIt", "challenge.missing.title");
        missing.check(titleEn != null, "titleEn", "challenge.missing.title");
        missing.check(summaryIt != null, "summaryIt", "challenge.missing.summary");
        missing.check(summaryEn != null, "summaryEn", "challenge.missing.summary");
        missing.check(need != null, "need", "challenge.missing.need");
        missing.check(needEn != null, "needEn", "challenge.missing.need");
        missing.check(budget != null && budget.signum() > 0, "budget", "challenge.missing.budget");
        missing.check(phases.size() == type.phases(), "phases", "challenge.missing.phases", type.phases());
        for (int i = 0; i < phases.size(); i++) {
            missing.check(phases.get(i).getClosesAt().isAfter(now), "phases[" + i + "].closesAt",
                    "challenge.error.deadlinePast");
        }
        if (type.evaluated()) {
            List<Criterion> general = criteria.stream().filter(Criterion::isGeneral).toList();
            List<Integer> ownPhases = phasesWithOwnCriteria();
            int generalSum = general.stream().mapToInt(Criterion::getWeight).sum();
            missing.check(!general.isEmpty(), "criteria",
                    ownPhases.isEmpty() ? "challenge.missing.criteria" : "challenge.missing.generalCriteria");
            missing.check(general.isEmpty() || generalSum == 100, "criteria",
                    ownPhases.isEmpty() ? "challenge.error.weightsSum" : "challenge.error.generalWeightsSum",
                    generalSum);
            for (int phase : ownPhases) {
                int sum = criteria.stream().filter(k -> Objects.equals(k.getPhase(), phase))
                        .mapToInt(Criterion::getWeight).sum();
                missing.check(sum == 100, "criteria", "challenge.error.phaseWeightsSum", phase, sum);
            }
            missing.check(tieBreak != null, "tieBreak", "challenge.missing.tieBreak");
        }
        List<SfideException> found = new ArrayList<>();
        try {
            missing.throwIfAny();
        } catch (ValidationFailure failure) {
            found.addAll(failure.problems());
        }
        return found;
    }

    /**
     * The criteria a phase's committee judges by: the phase's own when it has any (a PCP's stage gate), otherwise
     * the general ones.
     */
    public List<Criterion> criteriaOf(int phase) {
        return Criterion.ofPhase(criteria, Criterion::getPhase, phase);
    }

    /** The phases that have criteria of their own, in ascending order (only a PCP's later phases may). */
    public List<Integer> phasesWithOwnCriteria() {
        return Criterion.phasesWithOwn(criteria, Criterion::getPhase);
    }

    /** An officer asks a colleague to approve publication; refused while something is missing. */
    public void requestPublication(String officer, Instant now) {
        requireStatus(ChallengeStatus.DRAFT);
        List<SfideException> missing = missingForPublication(now);
        if (!missing.isEmpty()) {
            throw new ValidationFailure(missing);
        }
        approvalRequestedBy = Objects.requireNonNull(officer);
        approvalRequestedAt = now;
    }

    /**
     * A second officer of the body approves, and the challenge is published (four eyes: the one who asked cannot
     * approve). The content is checked again at this instant: a deadline may have passed since the request.
     */
    public void approveAndPublish(String officer, Instant now) {
        requireStatus(ChallengeStatus.DRAFT);
        if (approvalRequestedBy == null) {
            throw SfideException.conflict("challenge.error.notRequested");
        }
        if (!awaitsApprovalBy(officer)) {
            throw SfideException.conflict("challenge.error.fourEyes");
        }
        List<SfideException> missing = missingForPublication(now);
        if (!missing.isEmpty()) {
            throw new ValidationFailure(missing);
        }
        approvedBy = officer;
        publishedAt = now;
        status = ChallengeStatus.PUBLISHED;
        updatedAt = now;
    }

    /**
     * Closes a phase at its deadline, exactly once: false when it was closed already, or its deadline has not
     * come (a timer fired early) or the challenge is not open. The first phase is the call for proposals: when it
     * closes the challenge is CLOSED (later PCP phases run with the selected suppliers).
     */
    public boolean closePhase(int number, Instant now) {
        if (!status.isOpen()) {
            return false;
        }
        Phase phase = phase(number);
        if (now.isBefore(phase.getClosesAt()) || !phase.close(now)) {
            return false;
        }
        if (number == phases.get(0).getNumber()) {
            status = ChallengeStatus.CLOSED;
            statusReason = null;
        }
        refreshDeadline();
        updatedAt = now;
        return true;
    }

    /**
     * Moves a phase's deadline. Extending needs a reason; shortening is refused once anyone has started a
     * proposal; a deadline in the past is refused.
     */
    public void changeDeadline(int number, Instant newClose, String reason, boolean proposalsStarted, Instant now) {
        if (!status.isOpen()) {
            throw SfideException.conflict("challenge.error.notOpen");
        }
        Phase phase = phase(number);
        if (phase.isClosed()) {
            throw SfideException.conflict("challenge.error.phaseClosed");
        }
        if (!newClose.isAfter(now)) {
            throw SfideException.invalid("closesAt", "challenge.error.deadlinePast");
        }
        boolean extending = newClose.isAfter(phase.getClosesAt());
        if (extending && (reason == null || reason.isBlank())) {
            throw SfideException.invalid("reason", "challenge.error.reasonRequired");
        }
        if (!extending && proposalsStarted) {
            throw SfideException.conflict("challenge.error.shortenAfterDrafts");
        }
        phase.extendTo(newClose);
        statusReason = reason == null || reason.isBlank() ? null : clip(reason.strip(), REASON_MAX);
        refreshDeadline();
        updatedAt = now;
    }

    /** A platform failure: the challenge is SUSPENDED and the phase's deadline extended, with the reason. */
    public void suspend(int number, Instant extendedClose, String reason, Instant now) {
        if (!status.isOpen()) {
            throw SfideException.conflict("challenge.error.notOpen");
        }
        if (reason == null || reason.isBlank()) {
            throw SfideException.invalid("reason", "challenge.error.reasonRequired");
        }
        Phase phase = phase(number);
        if (!extendedClose.isAfter(phase.getClosesAt())) {
            throw SfideException.invalid("closesAt", "challenge.error.extensionRequired");
        }
        phase.extendTo(extendedClose);
        refreshDeadline();
        status = ChallengeStatus.SUSPENDED;
        statusReason = clip(reason.strip(), REASON_MAX);
        updatedAt = now;
    }

    /** Cancelled, with a reason, from a draft or any open state. */
    public void cancel(String reason, Instant now) {
        if (!status.isActive()) {
            throw SfideException.conflict("challenge.error.notCancellable");
        }
        if (reason == null || reason.isBlank()) {
            throw SfideException.invalid("reason", "challenge.error.reasonRequired");
        }
        status = ChallengeStatus.CANCELLED;
        statusReason = clip(reason.strip(), REASON_MAX);
        updatedAt = now;
    }

    /**
     * The evaluation of its proposals began (a committee was appointed after the opening): a closed challenge is
     * now under evaluation. Later committees (PCP stage gates) leave the status alone.
     */
    public void evaluationStarted(Instant now) {
        if (status == ChallengeStatus.CLOSED || status == ChallengeStatus.OPENED) {
            status = ChallengeStatus.UNDER_EVALUATION;
            updatedAt = now;
        }
    }

    /** The committee ranked the proposals and issued its report: the buyer's approval and award come next. */
    public void ranked(Instant now) {
        if (status == ChallengeStatus.UNDER_EVALUATION) {
            status = ChallengeStatus.RANKED;
            updatedAt = now;
        }
    }

    /** The buyer approved the ranking of the first phase and awarded: the results are public. */
    public void awarded(Instant now) {
        if (status == ChallengeStatus.UNDER_EVALUATION || status == ChallengeStatus.RANKED
                || status == ChallengeStatus.CLOSED || status == ChallengeStatus.OPENED) {
            status = ChallengeStatus.AWARDED;
            updatedAt = now;
        }
    }

    /** A contract of the award is in force (signed by both parties): the awarded challenge is in execution. */
    public void executionStarted(Instant now) {
        if (status == ChallengeStatus.AWARDED) {
            status = ChallengeStatus.IN_EXECUTION;
            updatedAt = now;
        }
    }

    /** Every contract of its last phase is completed: the challenge is completed. */
    public void completed(Instant now) {
        if (status == ChallengeStatus.IN_EXECUTION || status == ChallengeStatus.AWARDED) {
            status = ChallengeStatus.COMPLETED;
            updatedAt = now;
        }
    }

    public boolean belongsTo(Long organisationId) {
        return organisationId != null && organisationId == buyerId;
    }

    private Phase phase(int number) {
        return phases.stream().filter(p -> p.getNumber() == number).findFirst()
                .orElseThrow(() -> SfideException.notFound("challenge.error.noSuchPhase"));
    }

    private void requireStatus(ChallengeStatus expected) {
        if (status != expected) {
            throw SfideException.conflict("challenge.error.wrongState", status.name());
        }
    }

    private static void length(ValidationFailure.Collector problems, String field, String value, int max) {
        problems.check(value == null || value.length() <= max, field, "challenge.error.tooLong", max);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() { return id; }
    public String getOcid() { return ocid; }
    public long getBuyerId() { return buyerId; }
    public ChallengeStatus getStatus() { return status; }
    public ChallengeType getType() { return type; }
    public String getTitleIt() { return titleIt; }
    public String getTitleEn() { return titleEn; }
    public String getSummaryIt() { return summaryIt; }
    public String getSummaryEn() { return summaryEn; }
    public String getNeed() { return need; }
    public String getNeedEn() { return needEn; }
    public String getExpectedOutcomes() { return expectedOutcomes; }
    public String getExpectedOutcomesEn() { return expectedOutcomesEn; }
    public BigDecimal getBudget() { return budget; }
    public BigDecimal getAwardValue() { return awardValue; }
    public Integer getTrlMin() { return trlMin; }
    public Integer getTrlMax() { return trlMax; }
    public List<String> getThemes() { return themes == null ? List.of() : Arrays.asList(themes.split(",")); }
    public ItalianRegion getRegion() { return region; }
    public List<String> getRequiredDocuments() {
        return requiredDocuments == null ? List.of() : Arrays.asList(requiredDocuments.split("\n"));
    }
    public List<Phase> getPhases() { return List.copyOf(phases); }
    public List<Criterion> getCriteria() { return List.copyOf(criteria); }
    public Integer getOverallThreshold() { return overallThreshold; }
    public TieBreak getTieBreak() { return tieBreak; }
    public boolean isBlindReview() { return blindReview; }
    public String getCig() { return cig; }
    public String getCup() { return cup; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getApprovalRequestedBy() { return approvalRequestedBy; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getStatusReason() { return statusReason; }
    public Instant getDeadline() { return deadline; }
    public Instant getClarificationsUntil() { return clarificationsUntil; }
    public boolean isSubmissionCountVisible() { return submissionCountVisible; }
    public Integer getAttachmentPageLimit() { return attachmentPageLimit; }
    public Long getOriginId() { return originId; }
    public String getNoticeProtocol() { return noticeProtocol; }
    public Instant getApprovalRequestedAt() { return approvalRequestedAt; }

    /** The title in the reader's language, or the other one when that is still empty. */
    public String title(java.util.Locale locale) {
        return Bilingual.pick(locale, titleIt, titleEn);
    }

    /** The need in the reader's language, or the other one when that is still empty. */
    public String need(java.util.Locale locale) {
        return Bilingual.pick(locale, need, needEn);
    }

    /** The expected outcomes in the reader's language, or the other one when that is still empty (null: none). */
    public String expectedOutcomes(java.util.Locale locale) {
        return Bilingual.pick(locale, expectedOutcomes, expectedOutcomesEn);
    }
}
