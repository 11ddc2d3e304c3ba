package it.sfide.proposal;

import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sections of a proposal as the operator writes them: any may be empty in a draft; {@link #missing} says what
 * a submission needs. Texts are kept as written (pages escape them). Never stored in clear: the draft is encrypted
 * at rest and a submission is sealed.
 *
 * @param budgetLines the breakdown of the budget; its amounts add up to {@code budget}
 * @param trlCurrent the technology readiness level today (1–9)
 * @param trlTarget the level the proposal promises to reach, not below today's
 */
public record ProposalContent(String title, String summary, String solution, String team, BigDecimal budget,
        List<BudgetLine> budgetLines, Integer trlCurrent, Integer trlTarget, String ipTerms) {

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 5_000;
    public static final int TEXT_MAX = 100_000;
    public static final int LINES_MAX = 100;

    /** One item of the budget breakdown. */
    public record BudgetLine(String item, BigDecimal amount) {
    }

    public ProposalContent {
        title = clean(title);
        summary = clean(summary);
        solution = clean(solution);
        team = clean(team);
        ipTerms = clean(ipTerms);
        budgetLines = budgetLines == null ? List.of()
                : budgetLines.stream().filter(l -> l != null && (l.item() != null && !l.item().isBlank()
                        || l.amount() != null)).map(l -> new BudgetLine(clean(l.item()), l.amount())).toList();
    }

    /** An empty draft. */
    public static ProposalContent empty() {
        return new ProposalContent(null, null, null, null, null, List.of(), null, null, null);
    }

    /** Refuses what no draft may hold: texts over their length, amounts below zero, levels out of 1–9. */
    public void requireValid() {
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        problems.check(title == null || title.length() <= TITLE_MAX, "title", "proposal.error.tooLong", TITLE_MAX);
        problems.check(summary == null || summary.length() <= SUMMARY_MAX, "summary", "proposal.error.tooLong",
                SUMMARY_MAX);
        problems.check(solution == null || solution.length() <= TEXT_MAX, "solution", "proposal.error.tooLong",
                TEXT_MAX);
        problems.check(team == null || team.length() <= TEXT_MAX, "team", "proposal.error.tooLong", TEXT_MAX);
        problems.check(ipTerms == null || ipTerms.length() <= TEXT_MAX, "ipTerms", "proposal.error.tooLong",
                TEXT_MAX);
        problems.check(budget == null || budget.signum() >= 0 && budget.scale() <= 2 && budget.precision()
                - budget.scale() <= 13, "budget", "proposal.error.amount");
        problems.check(budgetLines.size() <= LINES_MAX, "budgetLines", "proposal.error.tooManyLines", LINES_MAX);
        for (int i = 0; i < budgetLines.size(); i++) {
            BudgetLine line = budgetLines.get(i);
            problems.check(line.item() == null || line.item().length() <= 300, "budgetLines[" + i + "].item",
                    "proposal.error.tooLong", 300);
            problems.check(line.amount() == null || line.amount().signum() >= 0 && line.amount().scale() <= 2
                    && line.amount().precision() - line.amount().scale() <= 13, "budgetLines[" + i + "].amount",
                    "proposal.error.amount");
        }
        problems.check(trlCurrent == null || trlCurrent >= 1 && trlCurrent <= 9, "trlCurrent", "proposal.error.trl");
        problems.check(trlTarget == null || trlTarget >= 1 && trlTarget <= 9, "trlTarget", "proposal.error.trl");
        problems.throwIfAny();
    }

    /** What a submission still needs, field by field (empty: complete). */
    public List<SfideException> missing() {
        ValidationFailure.Collector missing = new ValidationFailure.Collector();
        missing.check(title != null, "title", "proposal.missing.title");
        missing.check(summary != null, "summary", "proposal.missing.summary");
        missing.check(solution != null, "solution", "proposal.missing.solution");
        missing.check(team != null, "team", "proposal.missing.team");
        missing.check(budget != null && budget.signum() > 0, "budget", "proposal.missing.budget");
        missing.check(!budgetLines.isEmpty(), "budgetLines", "proposal.missing.budgetLines");
        for (int i = 0; i < budgetLines.size(); i++) {
            missing.check(budgetLines.get(i).item() != null && budgetLines.get(i).amount() != null,
                    "budgetLines[" + i + "].item", "proposal.missing.budgetLine");
        }
        if (budget != null && !budgetLines.isEmpty() && budgetLines.stream().allMatch(l -> l.amount() != null)) {
            BigDecimal sum = budgetLines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            missing.check(sum.compareTo(budget) == 0, "budgetLines", "proposal.error.budgetSum",
                    sum.toPlainString(), budget.toPlainString());
        }
        missing.check(trlCurrent != null, "trlCurrent", "proposal.missing.trl");
        missing.check(trlTarget != null, "trlTarget", "proposal.missing.trl");
        missing.check(trlCurrent == null || trlTarget == null || trlTarget >= trlCurrent, "trlTarget",
                "proposal.error.trlBackwards");
        missing.check(ipTerms != null, "ipTerms", "proposal.missing.ipTerms");
        return missing.found();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
