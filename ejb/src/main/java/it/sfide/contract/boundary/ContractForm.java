package it.sfide.contract.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The buyer's edit of a draft contract: object, value, period and the payment schedule. */
public record ContractForm(String object, BigDecimal value, LocalDate startsOn, LocalDate endsOn,
        List<Milestone> milestones) {

    public record Milestone(String title, String description, LocalDate dueOn, BigDecimal amount) {
    }
}
