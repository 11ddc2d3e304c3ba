package it.sfide.document.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.document.AnchorCertificate;
import it.sfide.shared.Digests;
import it.sfide.document.control.TrustAnchors;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The platform admin's trust anchors: certification authorities trusted besides the platform's own root CA, so that
 * signatures made outside Sfide with their certificates (qualified signatures of Italian trust service providers,
 * for instance) are recognised by the verification page and accepted on uploads. Each addition and removal is
 * audited. A certificate is refused with the reason when it is unreadable, not a CA, expired or not yet valid,
 * already trusted.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TrustAnchorService {

    /** The largest certificate file read: {@value} bytes. */
    public static final int MAX_BYTES = TrustAnchors.MAX_INPUT;

    @PersistenceContext
    EntityManager em;

    @Inject
    TrustAnchors anchors;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    /** The anchors added, oldest first (the platform's root CA, always trusted, is {@link #platformRoot()}). */
    public List<TrustAnchorView> list() {
        Instant now = clock.instant();
        return anchors.added().stream().map(a -> TrustAnchorView.of(a, now)).toList();
    }

    /** The platform's own root CA, described. */
    public CertificateView platformRoot() {
        return CertificateView.of(anchors.platformRoot(), "/api/v1/trust/ca.pem");
    }

    /**
     * Adds a CA certificate, given as PEM (one certificate) or DER, with an optional note (at most 500 characters:
     * which provider, why).
     */
    @Audited(value = "document.trustAnchor.add", target = "trustAnchor")
    public TrustAnchorView add(byte[] certificate, String note) {
        if (note != null && note.strip().length() > AnchorCertificate.NOTE_MAX) {
            throw SfideException.invalid("note", "document.error.anchor.noteTooLong", AnchorCertificate.NOTE_MAX);
        }
        X509Certificate parsed = TrustAnchors.parse(certificate);
        Instant now = clock.instant();
        TrustAnchors.requireAnchor(parsed, now);
        String sha256;
        byte[] der;
        try {
            der = parsed.getEncoded();
            sha256 = Digests.sha256Hex(der);
            if (sha256.equals(Digests.sha256Hex(anchors.platformRoot().getEncoded()))) {
                throw SfideException.conflict("document.error.anchor.platform");
            }
        } catch (GeneralSecurityException e) {
            throw SfideException.invalid("file", "document.error.anchor.unreadable");
        }
        if (!em.createNamedQuery(AnchorCertificate.BY_SHA256, AnchorCertificate.class).setParameter("sha256", sha256)
                .getResultList().isEmpty()) {
            throw SfideException.conflict("document.error.anchor.duplicate");
        }
        AnchorCertificate anchor = new AnchorCertificate(parsed.getSubjectX500Principal().getName(),
                parsed.getIssuerX500Principal().getName(), parsed.getSerialNumber().toString(16), sha256,
                parsed.getNotBefore().toInstant(), parsed.getNotAfter().toInstant(), der,
                security.getCallerPrincipal().getName(), now, note);
        try {
            em.persist(anchor);
            em.flush();
        } catch (PersistenceException e) { // the same certificate added at the same moment by another admin
            throw SfideException.conflict("document.error.anchor.duplicate");
        }
        return TrustAnchorView.of(anchor, now);
    }

    /** Stops trusting an added anchor; signatures already accepted stay as they were registered. */
    @Audited(value = "document.trustAnchor.remove", target = "trustAnchor")
    public void remove(long id) {
        AnchorCertificate anchor = em.find(AnchorCertificate.class, id);
        if (anchor == null) {
            throw SfideException.notFound("document.error.anchor.notFound");
        }
        em.remove(anchor);
    }
}
