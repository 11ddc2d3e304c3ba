package it.sfide.audit.control;

import it.sfide.audit.AuditChain;
import it.sfide.platform.i18n.Texts;
import it.sfide.shared.Agenda;
import it.sfide.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The audit chain's state, for a platform admin: checked whole each time the dashboard is shown (a line that
 * always appears; it counts as one thing to do when the chain is altered, has a gap or is out of order).
 */
@ApplicationScoped
public class AuditAgenda implements Agenda {

    @Inject
    AuditRecords records;

    @Override
    public List<Todo> todo(Caller caller) {
        if (caller.role() != Role.ADMIN) {
            return List.of();
        }
        AuditChain.Report report = records.check();
        String state = report.intact()
                ? Texts.get(caller.locale(), "home.detail.chainIntact", report.checked())
                : Texts.get(caller.locale(), "home.detail.chainBroken." + report.problem(), report.seq());
        return List.of(new Todo("audit.chain", state, null, report.intact() ? 0 : 1, "/admin/audit.xhtml", null));
    }
}
