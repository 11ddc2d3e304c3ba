package it.sfide.platform.mail;

import it.sfide.platform.i18n.Texts;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Locale;

/**
 * Writes an e-mail in the recipient's language to the outbox, inside the caller's transaction, so that a mail
 * exists if and only if the act that caused it was committed. Delivery happens after the commit.
 */
@Dependent
public class Mailer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** Subject and body come from the bundle keys {@code mail.<template>.subject} and {@code mail.<template>.body}. */
    public OutboxMail send(String recipient, Locale locale, String template, Object... args) {
        String subject = Texts.get(locale, "mail." + template + ".subject", args);
        String body = Texts.get(locale, "mail." + template + ".body", args)
                + "\n\n-- \n" + Texts.get(locale, "mail.signature");
        OutboxMail mail = new OutboxMail(recipient, subject, body, clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
        return mail;
    }
}
