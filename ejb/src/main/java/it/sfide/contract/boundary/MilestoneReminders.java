package it.sfide.contract.boundary;

import it.sfide.contract.Milestone;
import it.sfide.contract.control.ContractViews;
import it.sfide.contract.control.Contracts;
import it.sfide.contract.control.Reminder;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds both parties of a contract in force about a milestone whose deliverables are not in: once in the week
 * before its due date, once after it. Every server sweeps each hour; each reminder is sent once (see
 * {@link Reminder}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@PermitAll
public class MilestoneReminders {

    /** How many days before the due date the first reminder goes out. */
    public static final int DAYS_BEFORE = 7;
    private static final Logger LOG = Logger.getLogger(MilestoneReminders.class.getName());

    @Inject
    Contracts contracts;

    @Inject
    ContractViews views;

    @Inject
    Reminder reminder;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "milestone reminders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        sweep();
    }

    /** Sends what is due now; how many reminders this call sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep() {
        LocalDate today = views.today();
        int sent = 0;
        for (Milestone m : contracts.dueBetween(today, today.plusDays(DAYS_BEFORE))) {
            sent += send(m, false);
        }
        for (Milestone m : contracts.overdue(today)) {
            sent += send(m, true);
        }
        return sent;
    }

    private int send(Milestone m, boolean overdue) {
        try {
            return reminder.send(m.getId(), overdue) ? 1 : 0;
        } catch (EJBException e) {
            LOG.log(Level.INFO, "Reminder of milestone " + m.getId() + " not sent now", e);
            return 0;
        }
    }
}
