package it.sfide.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One registration attempt, counted against a client address or an e-mail address (kept only as a SHA-256 digest)
 * to throttle registrations. Rows live in the database, so every server of a cluster counts the same attempts.
 */
@Entity
@Table(name = "registration_attempt")
@NamedQueries({
    @NamedQuery(name = RegistrationAttempt.SINCE, query = "select a.attemptedAt from RegistrationAttempt a"
            + " where a.scope = :scope and a.subject = :subject and a.attemptedAt > :since order by a.attemptedAt"),
    @NamedQuery(name = RegistrationAttempt.FORGET, query = "delete from RegistrationAttempt a"
            + " where a.scope = :scope and a.subject = :subject and a.attemptedAt <= :since")
})
public class RegistrationAttempt {

    public static final String SINCE = "RegistrationAttempt.since";
    public static final String FORGET = "RegistrationAttempt.forget";

    /** What an attempt is counted against. */
    public enum Scope { CLIENT, EMAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 10)
    private Scope scope;

    @Column(name = "subject", nullable = false, length = 64)
    private String subject;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected RegistrationAttempt() {
    }

    public RegistrationAttempt(Scope scope, String subjectDigest, Instant attemptedAt) {
        this.scope = Objects.requireNonNull(scope);
        this.subject = Objects.requireNonNull(subjectDigest);
        this.attemptedAt = Objects.requireNonNull(attemptedAt);
    }

    public Long getId() { return id; }
    public Scope getScope() { return scope; }
    public String getSubject() { return subject; }
    public Instant getAttemptedAt() { return attemptedAt; }
}
