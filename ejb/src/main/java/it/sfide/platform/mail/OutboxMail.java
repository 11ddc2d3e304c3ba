package it.sfide.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/** One e-mail the platform wrote: kept whether it was delivered by SMTP or only stored for the admin to read. */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.LATEST, query = "select m from OutboxMail m order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutboxMail.LATEST_TO, query = "select m from OutboxMail m where m.recipient = :recipient"
        + " order by m.createdAt desc, m.id desc")
public class OutboxMail {

    public static final String LATEST = "OutboxMail.latest";
    public static final String LATEST_TO = "OutboxMail.latestTo";

    public enum Status { STORED, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "error", length = 500)
    private String error;

    @Version
    private long version;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = Status.STORED;
    }

    public void markSent(Instant at) {
        this.status = Status.SENT;
        this.sentAt = at;
        this.error = null;
    }

    public void markFailed(String reason) {
        this.status = Status.FAILED;
        this.error = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public String getError() { return error; }
}
