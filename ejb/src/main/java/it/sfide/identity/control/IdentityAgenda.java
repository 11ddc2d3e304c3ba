package it.sfide.identity.control;

import it.sfide.identity.Organisation;
import it.sfide.identity.OrganisationStatus;
import it.sfide.shared.Agenda;
import it.sfide.shared.Chart;
import it.sfide.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** What of the identities waits for a platform admin: the organisations that registered and wait for verification. */
@ApplicationScoped
public class IdentityAgenda implements Agenda {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Todo> todo(Caller caller) {
        if (caller.role() != Role.ADMIN) {
            return List.of();
        }
        return em.createNamedQuery(Organisation.BY_STATUS, Organisation.class)
                .setParameter("status", OrganisationStatus.PENDING).getResultList().stream()
                .map(o -> new Todo("identity.verify", o.getName(), o.getTaxCode(), 1, "/admin/organisations.xhtml",
                        o.getCreatedAt())).toList();
    }

    /** The organisations by state, for the admin. */
    @Override
    public List<Chart> charts(Caller caller) {
        if (caller.role() != Role.ADMIN) {
            return List.of();
        }
        List<Chart.Bar> bars = new java.util.ArrayList<>();
        for (Object[] row : em.createQuery("SELECT o.status, COUNT(o) FROM Organisation o GROUP BY o.status",
                Object[].class).getResultList()) {
            bars.add(new Chart.Bar("orgStatus." + row[0], null, ((Number) row[1]).longValue(), 0));
        }
        bars.sort(java.util.Comparator.comparing(b -> OrganisationStatus.valueOf(b.labelKey().substring("orgStatus.".length()))));
        return List.of(new Chart("organisationsByState", bars));
    }
}
