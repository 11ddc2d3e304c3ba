package it.sfide.audit.control;

import it.sfide.audit.AuditChain;
import it.sfide.platform.i18n.Texts;
import it.sfide.shared.Agenda;
import it.sfide.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit chain's state, for a platform admin: checked whole (a line that always appears; it counts as one thing
 * to do when the chain is altered, has a gap or is out of order). The check reads every record, so a server keeps its
 * last report for {@link #FRESH}: dashboards shown meanwhile reuse it rather than walking a long chain each time.
 */
@ApplicationScoped
public class AuditAgenda implements Agenda {

    /** How long a check's report is shown before the chain is checked again. */
    static final Duration FRESH = Duration.ofMinutes(10);

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    AuditRecords records;

    @Inject
    Clock clock;

    private volatile Checked last;

    private record Checked(AuditChain.Report report, Instant at) {
    }

    @Override
    public List<Todo> todo(Caller caller) {
        if (caller.role() != Role.ADMIN) {
            return List.of();
        }
        Checked checked = checked();
        AuditChain.Report report = checked.report();
        String state = report.intact()
                ? Texts.get(caller.locale(), "home.detail.chainIntact", report.checked(),
                        TIME.format(checked.at().atZone(ROME)))
                : Texts.get(caller.locale(), "home.detail.chainBroken." + report.problem(), report.seq());
        return List.of(new Todo("audit.chain", state, null, report.intact() ? 0 : 1, "/admin/audit.xhtml", null));
    }

    private Checked checked() {
        Instant now = clock.instant();
        Checked checked = last;
        if (checked == null || !now.isBefore(checked.at().plus(FRESH))) {
            checked = new Checked(records.check(), now);
            last = checked;
        }
        return checked;
    }
}
