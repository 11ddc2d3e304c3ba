package it.sfide.document.control;

import it.sfide.document.DocumentVersion;
import it.sfide.document.IssuedDocument;
import it.sfide.document.boundary.CountersignatureView;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.ExpectedSigner;
import it.sfide.document.boundary.ExternalSignerView;
import it.sfide.document.boundary.SignatureView;
import it.sfide.platform.i18n.Texts;
import it.sfide.shared.Digests;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores a document signed outside the platform once {@link ExternalCountersignature} accepted it and one of its new
 * signers is someone the caller expects: the PAdES update becomes the document (the earlier version's hash is kept),
 * or the .p7m becomes its signed artifact beside the PDF it holds. The upload is judged before the document's row is
 * locked (fetching CRLs may take seconds); under the lock the document must still be the version judged, otherwise
 * someone signed it meanwhile and the upload is outdated.
 */
@Dependent
public class Countersignatures {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrustAnchors anchors;

    @Inject
    Clock clock;

    public CountersignatureView countersign(String protocol, byte[] upload, List<ExpectedSigner> accepted,
            String uploadedAs) {
        IssuedDocument document = em.createNamedQuery(IssuedDocument.BY_PROTOCOL, IssuedDocument.class)
                .setParameter("protocol", protocol == null ? "" : protocol.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> SfideException.notFound("error.document.notFound"));
        String judgedSha256 = document.getSha256();
        String judgedP7m = document.getP7mSha256();
        Instant now = clock.instant();
        ExternalCountersignature.Result result = ExternalCountersignature.check(new ExternalCountersignature.Current(
                document.getContent(), document.getP7m(), new HashSet<>(em.createNamedQuery(DocumentVersion.HASHES_OF,
                        String.class).setParameter("document", document).getResultList())), upload, anchors.all(), now,
                RemoteCrls.online(now));

        List<ExternalSignerView> signers = new ArrayList<>();
        for (ExternalCountersignature.NewSignature signature : result.added()) {
            SignerNames.Identity identity = SignerNames.of(signature.certificate());
            signers.add(view(signature, identity, accepted.stream().filter(e -> matches(e, identity)).findFirst()));
        }
        if (signers.stream().noneMatch(s -> s.matchedAs() != null)) {
            throw SfideException.invalid("file", "document.error.external.wrongSigner",
                    String.join(", ", signers.stream().map(Countersignatures::describe).toList()));
        }

        em.refresh(document, LockModeType.PESSIMISTIC_WRITE);
        if (!document.getSha256().equals(judgedSha256) || !Objects.equals(document.getP7mSha256(), judgedP7m)) {
            throw SfideException.invalid("file", "document.error.external.outdated");
        }
        Locale language = Locale.forLanguageTag(document.getLanguage());
        String label = String.join("; ", signers.stream().map(s -> label(s, result.format(), language)).toList());
        Instant stored = clock.instant();
        DocumentVersion earlier = result.format() == ExternalCountersignature.Format.PADES
                ? document.signedBy(label, result.pdf(), Digests.sha256Hex(result.pdf()), stored)
                : document.envelopedBy(label, result.pdf(), Digests.sha256Hex(result.pdf()), result.p7m(),
                        Digests.sha256Hex(result.p7m()), stored);
        if (earlier != null) {
            em.persist(earlier);
        }
        em.flush();

        List<SignatureView> signatures = new ArrayList<>(result.pdfSignatures().stream().map(SignatureView::of).toList());
        for (int i = 0; i < result.envelopeSigners().size(); i++) {
            signatures.add(SignatureView.ofEnvelope(i + 1, result.envelopeSigners().get(i)));
        }
        DocumentView view = DocumentView.of(document);
        boolean cades = result.format() == ExternalCountersignature.Format.CADES;
        return new CountersignatureView(view, result.format().name(), signers, signatures,
                document.getProtocol() + (cades ? ".pdf.p7m" : ".pdf"), cades ? view.p7mPath() : view.downloadPath(),
                uploadedAs);
    }

    /** By tax code when both have one, otherwise by name. */
    static boolean matches(ExpectedSigner expected, SignerNames.Identity identity) {
        if (expected == null) {
            return false;
        }
        boolean expectsTaxCode = expected.taxCode() != null && !expected.taxCode().isBlank();
        if (expectsTaxCode && identity.taxCode() != null) {
            return SignerNames.sameTaxCode(expected.taxCode(), identity.taxCode());
        }
        return SignerNames.sameName(expected.fullName(), identity);
    }

    /** A signer as named in a refusal: full name and tax code as the certificate gives them. */
    private static String describe(ExternalSignerView signer) {
        return (signer.fullName() == null ? "?" : signer.fullName())
                + (signer.taxCode() == null ? "" : " (" + signer.taxCode() + ")");
    }

    private static ExternalSignerView view(ExternalCountersignature.NewSignature signature,
            SignerNames.Identity identity, Optional<ExpectedSigner> matched) {
        String fingerprint;
        try {
            fingerprint = Digests.sha256Hex(signature.certificate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new ExternalSignerView(signature.format().name(), identity.fullName(), identity.givenName(),
                identity.surname(), identity.commonName(), identity.taxCode(), identity.serialNumber(),
                identity.organisation(), identity.subject(), identity.issuer(), fingerprint, signature.signingTime(),
                signature.timeStampValid() ? signature.timeStamp() : null, signature.revocationChecked(),
                matched.orElse(null));
    }

    private static String label(ExternalSignerView signer, ExternalCountersignature.Format format, Locale language) {
        String role = signer.matchedAs() != null && signer.matchedAs().role() != null && !signer.matchedAs().role()
                .isBlank() ? signer.matchedAs().role().strip()
                : Texts.get(language, "document.external.role." + format.name().toLowerCase(Locale.ROOT));
        return (signer.fullName() == null ? "?" : signer.fullName()) + " (" + role + ")";
    }
}
