package it.sfide.identity.boundary;

import it.sfide.platform.mail.OutboxMail;

import java.time.Instant;

/** A mail of the outbox, as the platform admin reads it. */
public record MailView(long id, String recipient, String subject, String body, OutboxMail.Status status,
        Instant createdAt, Instant sentAt, String error) {

    public static MailView of(OutboxMail m) {
        return new MailView(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getStatus(), m.getCreatedAt(),
                m.getSentAt(), m.getError());
    }
}
