package it.sfide.platform.mail;

/** Fired when a mail has been written to the outbox; delivered by SMTP once the transaction commits. */
public record MailQueued(long mailId) {
}
