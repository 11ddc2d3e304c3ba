package it.sfide.document.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.document.IssuedDocument;
import it.sfide.document.SignatureRequest;
import it.sfide.document.control.Countersigner;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.util.List;

/**
 * Personal signatures on issued documents, in a remote-signature model: the platform holds each signer's key
 * ({@link PersonalKeys}) and opens it only with the password the person re-enters at that moment. Each signature
 * is a PAdES baseline LT incremental update (time-stamped, validation data added), so earlier signatures stay
 * valid; the registry then holds the new bytes and remembers the earlier version's hash. Every attempt is audited,
 * refused ones too; passwords never are.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class DocumentSigning {

    @PersistenceContext
    EntityManager em;

    @Inject
    Countersigner countersigner;

    @Inject
    Instance<SignerDirectory> directory;

    @Inject
    SecurityContext security;


    /** The documents the caller is asked to sign and has not signed yet. */
    public List<SignatureRequestView> pending() {
        if (directory.isUnsatisfied()) {
            return List.of();
        }
        Long account = directory.get().accountId(security.getCallerPrincipal().getName());
        if (account == null) {
            return List.of();
        }
        return countersigner.pendingFor(account).stream().map(SignatureRequestView::of).toList();
    }

    /** Signs the requested document with the caller's personal key, unlocked by their password. */
    @Audited(value = "document.sign", target = "signatureRequest")
    public DocumentView sign(long requestId, String password) {
        if (password == null || password.isEmpty()) {
            throw SfideException.invalid("password", "error.signature.passwordRequired");
        }
        SignerDirectory.Signer signer = directory.get().confirm(security.getCallerPrincipal().getName(), password)
                .orElseThrow(() -> SfideException.invalid("password", "error.signature.password"));
        SignatureRequest request = em.find(SignatureRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.isFor(signer.accountId())) {
            throw SfideException.notFound("error.signature.notFound");
        }
        IssuedDocument document = countersigner.sign(request, signer.accountId(), signer.fullName(),
                signer.organisation(), password);
        return DocumentView.of(document);
    }
}
