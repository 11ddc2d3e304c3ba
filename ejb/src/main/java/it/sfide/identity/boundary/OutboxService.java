package it.sfide.identity.boundary;

import it.sfide.platform.mail.OutboxMail;
import it.sfide.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The mail outbox, read by the platform admin: what the portal sent, or would have sent without SMTP. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxService {

    public static final int MAX = 200;

    @PersistenceContext
    EntityManager em;

    public List<MailView> latest(int max) {
        return latest(max, null);
    }

    /** The latest mails, all or only those to one address. */
    public List<MailView> latest(int max, String recipient) {
        var query = recipient == null || recipient.isBlank()
                ? em.createNamedQuery(OutboxMail.LATEST, OutboxMail.class)
                : em.createNamedQuery(OutboxMail.LATEST_TO, OutboxMail.class).setParameter("recipient",
                        recipient.strip().toLowerCase(java.util.Locale.ROOT));
        return query.setMaxResults(Math.max(1, Math.min(max, MAX))).getResultList().stream().map(MailView::of)
                .toList();
    }
}
