package it.sfide.contract.control;

import it.sfide.contract.Contract;
import it.sfide.contract.ContractStatus;
import it.sfide.contract.Milestone;
import it.sfide.contract.MilestoneStatus;
import it.sfide.platform.i18n.Texts;
import it.sfide.shared.Agenda;
import it.sfide.shared.Chart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What of the contracts waits: for the body's officers, contracts to issue or sign and deliverables to accept;
 * for the operator, contracts to sign (by a legal representative) and milestones due in the next month, overdue
 * or sent back. Both sides see each contract's progress as milestones accepted of all.
 */
@ApplicationScoped
public class ContractAgenda implements Agenda {

    /** How far ahead a milestone counts as due. */
    static final int DUE_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContractViews views;

    @Inject
    it.sfide.identity.boundary.Directory directory;

    @Override
    public List<Todo> todo(Caller caller) {
        List<Todo> todo = new ArrayList<>();
        if (caller.isOfficer()) {
            for (Contract c : contracts(true, caller)) {
                if (c.getStatus() == ContractStatus.DRAFT || c.getStatus() == ContractStatus.ISSUED) {
                    todo.add(new Todo("contract.sign", c.getCode(), Texts.get(caller.locale(), c.getStatus()
                            == ContractStatus.DRAFT ? "home.detail.contractDraft" : "home.detail.contractIssued"),
                            1, link(c), null));
                }
                long submitted = c.getMilestones().stream().filter(m -> m.getStatus() == MilestoneStatus.SUBMITTED)
                        .count();
                if (submitted > 0) {
                    todo.add(new Todo("contract.deliverables", c.getCode(), Texts.get(caller.locale(),
                            "home.detail.deliveredBy", directory.organisationName(c.getOperatorId())), submitted,
                            link(c), null));
                }
            }
        } else if (caller.isOperator()) {
            LocalDate today = views.today();
            for (Contract c : contracts(false, caller)) {
                if (c.getStatus() == ContractStatus.BUYER_SIGNED) {
                    todo.add(new Todo("contract.sign", c.getCode(), Texts.get(caller.locale(),
                            "home.detail.contractToCountersign"), 1, link(c), null));
                }
                if (c.getStatus() != ContractStatus.SIGNED) {
                    continue;
                }
                for (Milestone m : c.getMilestones()) {
                    boolean open = m.getStatus() == MilestoneStatus.PENDING || m.getStatus() == MilestoneStatus.REJECTED;
                    if (open && (m.getStatus() == MilestoneStatus.REJECTED
                            || !m.getDueOn().isAfter(today.plusDays(DUE_DAYS)))) {
                        String detail = Texts.get(caller.locale(), m.getStatus() == MilestoneStatus.REJECTED
                                ? "home.detail.milestoneRejected" : m.getDueOn().isBefore(today)
                                ? "home.detail.milestoneOverdue" : "home.detail.milestoneDue", m.getNumber(),
                                m.getTitle());
                        todo.add(new Todo("contract.milestones", c.getCode(), detail, 1, link(c),
                                m.getDueOn().atStartOfDay(ContractViews.ZONE).toInstant()));
                    }
                }
            }
        }
        return todo;
    }

    /** Each contract in force or completed: its milestones accepted of all. */
    @Override
    public List<Chart> charts(Caller caller) {
        if (!caller.isOfficer() && !caller.isOperator()) {
            return List.of();
        }
        List<Chart.Bar> bars = new ArrayList<>();
        for (Contract c : contracts(caller.isOfficer(), caller)) {
            if (c.getStatus() == ContractStatus.SIGNED || c.getStatus() == ContractStatus.COMPLETED) {
                bars.add(new Chart.Bar(null, c.getCode(), c.getMilestones().stream()
                        .filter(m -> m.getStatus() == MilestoneStatus.ACCEPTED).count(), c.getMilestones().size()));
            }
        }
        return bars.isEmpty() ? List.of() : List.of(new Chart("contractProgress", bars));
    }

    /** The contracts of the caller's organisation, as the buying body or as the operator. */
    private List<Contract> contracts(boolean asBody, Caller caller) {
        return em.createQuery(asBody ? "SELECT c FROM Contract c WHERE c.bodyId = :org ORDER BY c.id"
                        : "SELECT c FROM Contract c WHERE c.operatorId = :org ORDER BY c.id", Contract.class)
                .setParameter("org", caller.organisationId()).getResultList();
    }

    private static String link(Contract c) {
        return "/contracts/contract.xhtml?id=" + c.getId();
    }
}
