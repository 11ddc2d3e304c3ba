package it.sfide.audit.web;

import it.sfide.audit.boundary.AuditTrail;
import it.sfide.platform.web.AccessRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Records every request the container refused for the caller's role, which no audited business method saw: the
 * API's and the pages' refusals ({@link AccessRefused}, fired where they surface) and the pages protected in
 * web.xml ({@link RefusedPages}). Each in its own transaction, one small row: nothing of the request's content.
 */
@ApplicationScoped
public class RefusalRecorder {

    @Inject
    AuditTrail trail;

    void record(@Observes AccessRefused refusal) {
        trail.recordRefusal(refusal.actor(), refusal.channel(), refusal.what());
    }
}
