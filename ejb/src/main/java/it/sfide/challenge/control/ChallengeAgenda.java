package it.sfide.challenge.control;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.CoSponsorStatus;
import it.sfide.shared.Agenda;
import it.sfide.shared.Chart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * What of the challenges waits for a buyer officer: drafts another officer asked them to approve, questions not
 * yet answered, co-sponsorships offered to their body; and their body's challenges by state.
 */
@ApplicationScoped
public class ChallengeAgenda implements Agenda {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Todo> todo(Caller caller) {
        if (!caller.isOfficer()) {
            return List.of();
        }
        List<Todo> todo = new ArrayList<>();
        for (Challenge c : em.createQuery("SELECT c FROM Challenge c WHERE c.buyerId = :body AND c.status = :draft"
                        + " AND c.approvalRequestedBy IS NOT NULL AND c.approvalRequestedBy <> :me", Challenge.class)
                .setParameter("body", caller.organisationId()).setParameter("draft", ChallengeStatus.DRAFT)
                .setParameter("me", caller.username()).getResultList()) {
            todo.add(new Todo("challenge.approve", c.title(caller.locale()), null, 1, view(c.getId()), null));
        }
        for (Object[] row : em.createQuery("SELECT c, COUNT(q) FROM Challenge c, Clarification q"
                        + " WHERE q.challengeId = c.id AND c.buyerId = :body AND q.answer IS NULL AND c.status <> :cancelled"
                        + " GROUP BY c ORDER BY c.id", Object[].class)
                .setParameter("body", caller.organisationId()).setParameter("cancelled", ChallengeStatus.CANCELLED)
                .getResultList()) {
            Challenge c = (Challenge) row[0];
            todo.add(new Todo("challenge.questions", c.title(caller.locale()), null, ((Number) row[1]).longValue(),
                    view(c.getId()) + "#clarifications", c.getClarificationsUntil()));
        }
        for (Challenge c : em.createQuery("SELECT c FROM Challenge c, CoSponsor s WHERE s.challengeId = c.id"
                        + " AND s.organisationId = :body AND s.status = :invited ORDER BY c.id", Challenge.class)
                .setParameter("body", caller.organisationId()).setParameter("invited", CoSponsorStatus.INVITED)
                .getResultList()) {
            todo.add(new Todo("challenge.cosponsor", c.title(caller.locale()), null, 1, "/challenges/mine.xhtml", null));
        }
        return todo;
    }

    /** The body's challenges by state, in the order of the lifecycle. */
    @Override
    public List<Chart> charts(Caller caller) {
        if (!caller.isOfficer()) {
            return List.of();
        }
        List<Chart.Bar> bars = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT c.status, COUNT(c) FROM Challenge c WHERE c.buyerId = :body"
                        + " GROUP BY c.status", Object[].class)
                .setParameter("body", caller.organisationId()).getResultList()) {
            bars.add(new Chart.Bar("challengeStatus." + row[0], null, ((Number) row[1]).longValue(), 0));
        }
        bars.sort(java.util.Comparator.comparing(b -> ChallengeStatus.valueOf(b.labelKey()
                .substring("challengeStatus.".length()))));
        return bars.isEmpty() ? List.of() : List.of(new Chart("challengesByState", bars));
    }

    private static String view(long id) {
        return "/challenges/view.xhtml?id=" + id;
    }
}
