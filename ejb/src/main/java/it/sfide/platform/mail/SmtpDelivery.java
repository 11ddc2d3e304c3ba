package it.sfide.platform.mail;

import it.sfide.platform.Settings;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers outbox mails through the configured SMTP server, after the transaction that wrote them commits.
 * Without {@code SFIDE_SMTP_HOST} mails stay in the outbox, where a platform admin reads them.
 */
@Stateless
public class SmtpDelivery {

    private static final Logger LOG = Logger.getLogger(SmtpDelivery.class.getName());

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpDelivery self;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        if (settings.smtpHost().isPresent()) {
            self.deliver(event.mailId());
        }
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long mailId) {
        OutboxMail mail = em.find(OutboxMail.class, mailId);
        if (mail == null || mail.getStatus() == OutboxMail.Status.SENT) {
            return;
        }
        try {
            Transport.send(toMessage(mail));
            mail.markSent(clock.instant());
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Mail {0} not delivered: {1}", new Object[] {mailId, e.getMessage()});
            mail.markFailed(e.getMessage());
        }
    }

    private MimeMessage toMessage(OutboxMail mail) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost().orElseThrow());
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStartTls()));
        Authenticator authenticator = null;
        if (settings.smtpUser().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.smtpUser().get();
            String password = settings.smtpPassword().orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        MimeMessage message = new MimeMessage(Session.getInstance(props, authenticator));
        message.setFrom(new InternetAddress(settings.mailFrom()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(java.util.Date.from(mail.getCreatedAt()));
        return message;
    }
}
