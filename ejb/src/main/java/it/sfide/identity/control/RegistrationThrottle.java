package it.sfide.identity.control;

import it.sfide.identity.RegistrationAttempt;
import it.sfide.identity.RegistrationAttempt.Scope;
import it.sfide.platform.Settings;
import it.sfide.shared.TooManyAttempts;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Throttles registrations: so many attempts per client address and per e-mail address in an hour
 * ({@code SFIDE_REGISTRATIONS_PER_CLIENT}, {@code SFIDE_REGISTRATIONS_PER_EMAIL}). Attempts are rows of the
 * database, written in their own transaction (a refused or failed registration still counts), so every server of a
 * cluster counts the same attempts; addresses are kept only as SHA-256 digests. Concurrent attempts at the limit
 * may both pass: the limit is a brake, not an exact count.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RegistrationThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Counts an attempt from this client address (null: a call inside the application, not counted). */
    public void admitClient(String clientAddress) {
        if (clientAddress != null) {
            admit(Scope.CLIENT, clientAddress, settings.registrationsPerClient());
        }
    }

    /** Counts a complete registration with this (normalised) e-mail address, which is about to be written to. */
    public void admitEmail(String email) {
        admit(Scope.EMAIL, email, settings.registrationsPerEmail());
    }

    private void admit(Scope scope, String subject, int limit) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        String digest = Secrets.sha256(scope + ":" + subject);
        em.createNamedQuery(RegistrationAttempt.FORGET).setParameter("scope", scope).setParameter("subject", digest)
                .setParameter("since", since).executeUpdate();
        List<Instant> recent = em.createNamedQuery(RegistrationAttempt.SINCE, Instant.class)
                .setParameter("scope", scope).setParameter("subject", digest).setParameter("since", since)
                .setMaxResults(limit).getResultList();
        if (recent.size() >= limit) {
            long wait = Duration.between(now, recent.get(0).plus(WINDOW)).toSeconds() + 1;
            throw new TooManyAttempts("error.registration.tooMany", wait);
        }
        em.persist(new RegistrationAttempt(scope, digest, now));
    }
}
