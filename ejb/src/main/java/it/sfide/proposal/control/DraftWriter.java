package it.sfide.proposal.control;

import it.sfide.document.boundary.PdfInspector;
import it.sfide.proposal.Attachment;
import it.sfide.proposal.Partner;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.ProposalContent;
import it.sfide.shared.Digests;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import javax.crypto.SecretKey;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Writes a draft's parts encrypted, each bound to its place: the sections, a checked file (its own key, stored in
 * chunks) and a partner's terms. The boundaries decide who may; the demo dataset writes through it too.
 */
@Dependent
public class DraftWriter {

    @Inject
    Proposals proposals;

    @Inject
    DraftVault vault;

    @Inject
    BlobStore blobs;

    public void saveSections(Proposal p, ProposalContent content, Instant now) {
        p.saveForm(vault.encrypt(FormCodec.encode(content), ProposalViews.formPlace(p)), now);
    }

    /** Stores a file that passed {@link PdfInspector}, under the sanitised name. */
    public Attachment attach(Proposal p, String safeName, byte[] content, int pages, long accountId, Instant now) {
        SecretKey key = vault.newFileKey();
        byte[] iv = vault.newIv();
        long blobId = blobs.write(content, key, iv, now);
        Attachment a = proposals.persist(new Attachment(p.getId(), blobId,
                vault.encryptText(safeName, ProposalViews.namePlace(p.getId(), blobId)),
                vault.wrapFileKey(key, ProposalViews.keyPlace(p.getId(), blobId)), iv, content.length, pages,
                Digests.sha256Hex(content), accountId, now));
        p.touch(now);
        return a;
    }

    /** Invites a partner, or gives one new terms (it answers again). */
    public Partner invite(Proposal p, long organisationId, String role, BigDecimal share, long accountId,
            Instant now) {
        byte[] terms = vault.encrypt(FormCodec.terms(role, share), ProposalViews.termsPlace(p.getId(),
                organisationId));
        Partner partner = proposals.partner(p.getId(), organisationId).map(x -> {
            x.changeTerms(terms, now);
            return x;
        }).orElseGet(() -> proposals.persist(new Partner(p.getId(), organisationId, terms, accountId, now)));
        p.touch(now);
        return partner;
    }
}
