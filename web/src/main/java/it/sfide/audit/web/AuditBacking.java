package it.sfide.audit.web;

import it.sfide.audit.AuditOutcome;
import it.sfide.audit.boundary.AuditLog;
import it.sfide.audit.boundary.AuditView;
import it.sfide.audit.boundary.ChainCheck;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The admin's audit log: filters by actor, action, outcome and days (Europe/Rome), and the chain check. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Inject
    AuditLog log;

    private String actor;
    private String action;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;
    private List<AuditView> records = List.of();
    private ChainCheck check;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        records = log.search(actor, action, outcome,
                from == null ? null : from.atStartOfDay(ROME).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ROME).toInstant(), AuditLog.MAX);
    }

    public void verify() {
        check = log.verify();
    }

    public AuditOutcome[] getOutcomes() { return AuditOutcome.values(); }
    public List<AuditView> getRecords() { return records; }
    public ChainCheck getCheck() { return check; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public AuditOutcome getOutcome() { return outcome; }
    public void setOutcome(AuditOutcome outcome) { this.outcome = outcome; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
