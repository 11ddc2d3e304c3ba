package it.sfide.proposal.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.identity.boundary.Actor;
import it.sfide.platform.Settings;
import it.sfide.proposal.Attachment;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.control.BlobStore;
import it.sfide.proposal.control.DraftVault;
import it.sfide.proposal.control.DraftWriter;
import it.sfide.document.boundary.PdfInspector;
import it.sfide.proposal.control.ProposalAccess;
import it.sfide.proposal.control.ProposalViews;
import it.sfide.proposal.control.Proposals;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import javax.crypto.SecretKey;

/**
 * The files of a draft: PDFs checked by content (see {@link PdfInspector}), within the size and number limits of
 * the installation and the page limit of the challenge, stored encrypted under their own key; removed and
 * downloaded by the proposal's operators. A refused file leaves nothing stored.
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
public class AttachmentService {

    @Inject
    Proposals proposals;

    @Inject
    ProposalAccess access;

    @Inject
    ProposalViews views;

    @Inject
    DraftVault vault;

    @Inject
    BlobStore blobs;

    @Inject
    DraftWriter writer;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** A file with its (sanitised) name. */
    public record FileContent(String name, byte[] content) {
    }

    /**
     * Reads at most one byte more than the size limit, so that a larger upload is refused without being held
     * whole: for the adapters (API, pages) before they call {@link #attach}.
     */
    public byte[] readLimited(InputStream in) {
        try (in) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, settings.proposalMaxFileBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Audited(value = "proposal.attach", target = "proposal")
    public AttachmentView attach(long proposalId, String fileName, byte[] content) {
        Actor me = access.requireVerifiedOperator();
        Proposal p = access.requireMember(proposalId, me);
        ChallengeView challenge = access.challengeOf(p);
        Instant now = clock.instant();
        access.requireOpenPhase(challenge, p.getPhaseNumber(), now);
        if (proposals.attachments(proposalId).size() >= settings.proposalMaxFiles()) {
            throw SfideException.invalid("file", "proposal.error.tooManyFiles", settings.proposalMaxFiles());
        }
        if (content != null && content.length > settings.proposalMaxFileBytes()) {
            throw SfideException.invalid("file", "proposal.error.fileTooLarge",
                    settings.proposalMaxFileBytes() / (1024 * 1024));
        }
        PdfInspector.Inspection inspection = PdfInspector.inspect(content, challenge.attachmentPageLimit());
        String name = PdfInspector.safeName(fileName);
        Attachment a = writer.attach(p, name, content, inspection.pages(), me.accountId(), now);
        return new AttachmentView(a.getId(), name, a.getSizeBytes(), a.getPages(), a.getSha256(), a.getUploadedAt());
    }

    /** Removes a file from the draft (a submission that sealed it keeps its copy). */
    @Audited(value = "proposal.detach", target = "proposal")
    public void remove(long proposalId, long attachmentId) {
        Actor me = access.requireVerifiedOperator();
        Proposal p = access.requireMember(proposalId, me);
        Instant now = clock.instant();
        access.requireOpenPhase(access.challengeOf(p), p.getPhaseNumber(), now);
        Attachment a = proposals.requireAttachment(proposalId, attachmentId);
        proposals.remove(a);
        if (!proposals.blobInUse(a.getBlobId())) {
            blobs.delete(a.getBlobId());
        }
        p.touch(now);
    }

    /** A file of the draft, decrypted, for the proposal's own operators. */
    public FileContent download(long proposalId, long attachmentId) {
        Actor me = access.requireVerifiedOperator();
        access.requireMember(proposalId, me);
        Attachment a = proposals.requireAttachment(proposalId, attachmentId);
        SecretKey key = vault.unwrapFileKey(a.getKeyCipher(), ProposalViews.keyPlace(proposalId, a.getBlobId()));
        try (InputStream in = blobs.clear(a.getBlobId(), key, a.getIv())) {
            return new FileContent(views.fileName(a), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
