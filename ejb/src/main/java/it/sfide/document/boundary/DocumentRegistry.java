package it.sfide.document.boundary;

import it.sfide.audit.boundary.ActorDirectory;
import it.sfide.document.DocumentVersion;
import it.sfide.document.IssuedDocument;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * The registry as readers see it: public documents for anyone, restricted ones for the members of their
 * organisation, of the organisations the record's area admits ({@link DocumentReaders}) and for admins. Checked
 * here, on the server, for every document.
 */
@Stateless
@PermitAll
public class DocumentRegistry {

    public static final int MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Instance<ActorDirectory> directory;

    @Inject
    Instance<SignerDirectory> signers;

    @Inject
    @Any
    Instance<DocumentReaders> readers;

    /** A document's registration, if the caller may see it. */
    public DocumentView describe(String protocol) {
        return DocumentView.of(readable(protocol));
    }

    /** A document's bytes, if the caller may read it. */
    public byte[] content(String protocol) {
        return readable(protocol).getContent();
    }

    /**
     * A document's CAdES envelope (.p7m), if the caller may read the document and it was signed that way (not found
     * otherwise).
     */
    public byte[] p7m(String protocol) {
        byte[] p7m = readable(protocol).getP7m();
        if (p7m == null) {
            throw SfideException.notFound("document.error.noP7m");
        }
        return p7m;
    }

    /**
     * The registration of exactly these bytes (a document's current PDF, or its .p7m), found by their SHA-256: public
     * information, like the QR code's.
     */
    public Optional<DocumentView> findBySha256(String sha256) {
        return em.createNamedQuery(IssuedDocument.BY_SHA256, IssuedDocument.class).setParameter("sha256", sha256)
                .getResultStream().findFirst().map(DocumentView::of);
    }

    /** The document these bytes were an earlier version of, before someone signed it: public like the above. */
    public Optional<DocumentView> findEarlierVersion(String sha256) {
        return em.createNamedQuery(DocumentVersion.BY_SHA256, DocumentVersion.class)
                .setParameter("sha256", sha256).getResultStream().findFirst()
                .map(v -> DocumentView.of(v.getDocument()));
    }

    /** A record's public documents, newest first, whoever asks (at most {@link #MAX}). */
    public List<DocumentView> publicOf(String recordType, String recordId) {
        return em.createNamedQuery(IssuedDocument.VISIBLE, IssuedDocument.class)
                .setParameter("all", false)
                .setParameter("organisation", null)
                .setParameter("recordType", recordType)
                .setParameter("recordId", recordId)
                .setParameter("type", null)
                .setMaxResults(MAX)
                .getResultList().stream().map(DocumentView::of).toList();
    }

    public List<DocumentView> visible(String recordType, String recordId, String type, int max) {
        boolean admin = security.isCallerInRole("ADMIN");
        return em.createNamedQuery(IssuedDocument.VISIBLE, IssuedDocument.class)
                .setParameter("all", admin)
                .setParameter("organisation", callerOrganisation())
                .setParameter("recordType", blankToNull(recordType))
                .setParameter("recordId", blankToNull(recordId))
                .setParameter("type", blankToNull(type))
                .setMaxResults(Math.max(1, Math.min(max, MAX)))
                .getResultList().stream().map(DocumentView::of).toList();
    }

    private IssuedDocument readable(String protocol) {
        IssuedDocument document = em.createNamedQuery(IssuedDocument.BY_PROTOCOL, IssuedDocument.class)
                .setParameter("protocol", protocol == null ? "" : protocol.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> SfideException.notFound("error.document.notFound"));
        Long organisation = callerOrganisation();
        if (!document.readableBy(organisation, security.isCallerInRole("ADMIN"))
                && !grantedTo(document, organisation)) {
            throw security.getCallerPrincipal() == null
                    ? new SfideException(ErrorKind.UNAUTHORIZED, "error.unauthorized") : SfideException.forbidden();
        }
        return document;
    }

    private boolean grantedTo(IssuedDocument document, Long organisation) {
        if (document.getRecordType() == null) {
            return false;
        }
        Principal principal = security.getCallerPrincipal();
        Long account = principal == null || signers.isUnsatisfied() ? null
                : signers.get().accountId(principal.getName());
        for (DocumentReaders r : readers) {
            if (organisation != null && r.mayRead(document.getRecordType(), document.getRecordId(), organisation)
                    || account != null && r.mayReadAsPerson(document.getRecordType(), document.getRecordId(),
                            account)) {
                return true;
            }
        }
        return false;
    }

    private Long callerOrganisation() {
        Principal principal = security.getCallerPrincipal();
        return principal == null || directory.isUnsatisfied() ? null : directory.get().organisationOf(principal.getName());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
