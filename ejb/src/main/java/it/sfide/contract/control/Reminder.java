package it.sfide.contract.control;

import it.sfide.audit.AuditEntry;
import it.sfide.audit.AuditOutcome;
import it.sfide.audit.boundary.AuditTrail;
import it.sfide.contract.Contract;
import it.sfide.contract.Milestone;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Sends one milestone's reminder — a week before its due date, or once it is overdue — to both parties, in its own
 * transaction, after claiming it: of several servers running the same sweep only the one whose conditional update
 * changed the row sends it. Audited as {@code contract.remind} by the system.
 */
@Stateless
public class Reminder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Contracts contracts;

    @Inject
    ContractMail mail;

    @Inject
    AuditTrail trail;

    /** True when this call claimed and sent it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long milestoneId, boolean overdue) {
        if (!contracts.claimReminder(milestoneId, overdue)) {
            return false;
        }
        Milestone m = em.find(Milestone.class, milestoneId);
        Contract c = m.getContract();
        mail.toBoth(c, overdue ? "milestoneOverdue" : "milestoneDueSoon", locale -> new Object[] {c.getCode(),
                m.getNumber(), m.getTitle(), m.getDueOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale))});
        trail.record(new AuditEntry("system", c.getBodyId(), "contract.remind", "contract",
                c.getId() + "#" + m.getNumber() + (overdue ? "/overdue" : "/due"), AuditOutcome.DONE, null));
        return true;
    }
}
