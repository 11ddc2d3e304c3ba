package it.sfide.document.boundary;

import it.sfide.document.IssuedDocument;
import it.sfide.document.ProtocolSequence;
import it.sfide.document.SignatureRequest;
import it.sfide.document.control.BodySeals;
import it.sfide.shared.Digests;
import it.sfide.document.control.DocumentHeader;
import it.sfide.document.control.PadesSigner;
import it.sfide.document.control.PdfLayout;
import it.sfide.document.control.PlatformKeys;
import it.sfide.document.control.Seal;
import it.sfide.document.control.SigningIdentity;
import it.sfide.document.spi.DocumentRenderer;
import it.sfide.platform.Links;
import it.sfide.platform.i18n.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Issues documents: takes the next protocol number, renders the PDF/A with the type's renderer, seals it with the
 * platform seal or the issuing public body's own (PAdES baseline LT: time-stamped, chains and CRL embedded) and registers it with the SHA-256 of its
 * final bytes, all in the caller's transaction. Callers (the areas owning the records) decide who may act.
 */
@Stateless
@PermitAll
public class DocumentIssuer {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @PersistenceContext
    EntityManager em;

    @Inject
    Links links;

    @Inject
    PlatformKeys keys;

    @Inject
    BodySeals bodySeals;

    @Inject
    Clock clock;

    public <T> DocumentView issue(DocumentRenderer<T> renderer, T record, Issue issue) {
        return issue(renderer, record, issue, false);
    }

    /**
     * As {@link #issue}, for a document to be kept for the long term: after the seal and its validation data it
     * gets a document time-stamp (PAdES baseline LTA).
     */
    public <T> DocumentView issueArchival(DocumentRenderer<T> renderer, T record, Issue issue) {
        return issue(renderer, record, issue, true);
    }

    private <T> DocumentView issue(DocumentRenderer<T> renderer, T record, Issue issue, boolean archival) {
        String title = Texts.get(issue.locale(), "document." + renderer.type() + ".title");
        String issuer = issue.issuingBody() != null ? issue.issuingBody().name()
                : Texts.get(issue.locale(), "document.platform");
        SigningIdentity seal = issue.issuingBody() != null
                ? bodySeals.identity(issue.issuingBody().organisationId(), issuer,
                        Texts.get(issue.locale(), "document.bodySeal.role"))
                : new SigningIdentity(keys.privateKey(PlatformKeys.SEAL),
                        List.of(keys.certificate(PlatformKeys.SEAL), keys.certificate(PlatformKeys.CA)), issuer,
                        Texts.get(issue.locale(), "document.seal.role"));
        // the seal first: a body's first document issues its certificate, which must not postdate the seal
        ProtocolSequence sequence = em.find(ProtocolSequence.class, ProtocolSequence.ID,
                LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant(); // under the lock: protocol numbers follow issuing times
        String protocol = sequence.next(now.atZone(ROME).getYear());
        DocumentHeader header = new DocumentHeader(protocol, issuer, title, now,
                links.verify(protocol), issue.locale());
        byte[] sealed = PdfLayout.render(renderer, record, header, new Seal(seal, title + " " + protocol, now,
                keys.timeStamper(now), keys.validationCertificates(seal.certificate()), keys.revocation(false)));
        if (archival) {
            sealed = PadesSigner.addDocumentTimeStamp(sealed, keys.timeStamper(now));
        }

        IssuedDocument document = new IssuedDocument(protocol, renderer.type(), title, issue.recordType(),
                issue.recordId(), issue.organisationId(), issue.visibility(), Digests.sha256Hex(sealed),
                seal.name() + " (" + seal.role() + ")", issue.locale().getLanguage(), now, sealed);
        em.persist(document);
        em.flush();
        return DocumentView.of(document);
    }

    /**
     * Asks a person to add their personal signature to an issued document (see {@link DocumentSigning}); the
     * label says in which capacity, e.g. "Verifying administrator".
     */
    public long requestSignature(String protocol, long accountId, String roleLabel) {
        IssuedDocument document = em.createNamedQuery(IssuedDocument.BY_PROTOCOL, IssuedDocument.class)
                .setParameter("protocol", protocol).getSingleResult();
        SignatureRequest request = new SignatureRequest(document, accountId, roleLabel, clock.instant());
        em.persist(request);
        em.flush();
        return request.getId();
    }

    /** The people asked to sign a document who have not signed it yet, by account id. */
    public List<Long> unsigned(String protocol) {
        IssuedDocument document = em.createNamedQuery(IssuedDocument.BY_PROTOCOL, IssuedDocument.class)
                .setParameter("protocol", protocol).getSingleResult();
        return em.createNamedQuery(SignatureRequest.OF_DOCUMENT, SignatureRequest.class)
                .setParameter("document", document).getResultList().stream()
                .filter(r -> r.getSignedAt() == null).map(SignatureRequest::getAccountId).toList();
    }

    /**
     * An RFC 3161 time-stamp over a SHA-256 digest, from the platform's authority (or the external service of
     * {@code SFIDE_TSA_URL}): for records that certify when something existed, e.g. a submission's receipt.
     */
    public TimeStampView timeStamp(byte[] sha256) {
        org.bouncycastle.tsp.TimeStampToken token = keys.timeStamper(clock.instant()).apply(sha256);
        try {
            return new TimeStampView(token.getEncoded(), token.getTimeStampInfo().getGenTime().toInstant(),
                    token.getTimeStampInfo().getSerialNumber().toString(16),
                    token.getTimeStampInfo().getTsa() == null ? null
                            : token.getTimeStampInfo().getTsa().getName().toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The documents of a record, newest first, whoever may read them: for the areas that issue them. */
    public List<DocumentView> ofRecord(String recordType, String recordId) {
        return em.createNamedQuery(IssuedDocument.OF_RECORD, IssuedDocument.class)
                .setParameter("recordType", recordType).setParameter("recordId", recordId)
                .getResultList().stream().map(DocumentView::of).toList();
    }
}
