package it.sfide.document.control;

import it.sfide.document.IssuedDocument;
import it.sfide.document.SignatureRequest;
import it.sfide.platform.i18n.Texts;
import it.sfide.shared.Digests;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Adds a person's signature to an issued document, once the caller has established who signs (the boundary checks
 * the password and the request's owner): unlocks the personal key, signs PAdES baseline LT as an incremental
 * update with a fresh CRL, and has the registry keep the new bytes and the earlier version's hash.
 */
@Dependent
public class Countersigner {

    @PersistenceContext
    EntityManager em;

    @Inject
    PlatformKeys keys;

    @Inject
    PersonalKeys personal;

    @Inject
    Clock clock;

    public List<SignatureRequest> pendingFor(long accountId) {
        return em.createNamedQuery(SignatureRequest.PENDING_FOR, SignatureRequest.class)
                .setParameter("account", accountId).getResultList();
    }

    public IssuedDocument sign(SignatureRequest request, long accountId, String fullName, String organisation,
            String password) {
        IssuedDocument document = request.getDocument();
        String role = organisation == null ? request.getRoleLabel() : request.getRoleLabel() + ", " + organisation;
        SigningIdentity identity = personal.unlock(accountId, fullName, role, password)
                .orElseThrow(() -> SfideException.invalid("password", "error.signature.password"));
        // read after unlocking: a first signature issues the signer's certificate, which must not postdate it
        Instant now = clock.instant();
        request.signed(now);
        java.util.Locale language = java.util.Locale.forLanguageTag(document.getLanguage());
        List<String> visible = List.of(
                Texts.get(language, "document.signatures.signedBy", identity.name()), role,
                java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.LONG,
                        java.time.format.FormatStyle.SHORT).withLocale(language).withZone(PdfLayout.ROME).format(now));
        byte[] signed = PadesSigner.sign(document.getContent(), identity, document.getTitle() + " "
                + document.getProtocol(), now, keys.timeStamper(now),
                keys.validationCertificates(identity.certificate()), keys.revocation(true), visible);
        em.persist(document.signedBy(identity.name() + " (" + role + ")", signed, Digests.sha256Hex(signed), now));
        return document;
    }
}
