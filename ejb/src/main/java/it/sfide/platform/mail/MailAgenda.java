package it.sfide.platform.mail;

import it.sfide.shared.Agenda;
import it.sfide.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The mail that could not be delivered, for a platform admin to look into. */
@ApplicationScoped
public class MailAgenda implements Agenda {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Todo> todo(Caller caller) {
        if (caller.role() != Role.ADMIN) {
            return List.of();
        }
        long failed = em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.status = :failed", Long.class)
                .setParameter("failed", OutboxMail.Status.FAILED).getSingleResult();
        return failed == 0 ? List.of() : List.of(new Todo("platform.mail", null, null, failed,
                "/admin/outbox.xhtml", null));
    }
}
