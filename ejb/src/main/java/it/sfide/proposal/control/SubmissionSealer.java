package it.sfide.proposal.control;

import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.proposal.Attachment;
import it.sfide.proposal.OpeningKey;
import it.sfide.proposal.Partner;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.ProposalContent;
import it.sfide.proposal.Submission;
import it.sfide.proposal.SubmissionKind;
import it.sfide.proposal.SubmittedFile;
import it.sfide.shared.Digests;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.crypto.SecretKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seals and commits a submission or a withdrawal in a transaction of its own, so the receipt is issued only for
 * what is durably stored. The proposal's row is locked first: acts on one proposal queue; the server's clock, read
 * once the lock is held, decides whether the deadline has passed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SubmissionSealer {

    @Inject
    Proposals proposals;

    @Inject
    ProposalAccess access;

    @Inject
    ProposalViews views;

    @Inject
    DraftVault vault;

    @Inject
    OpeningKeys openingKeys;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    /** What was committed: the act's id, and whether it is the one an earlier request with the same key made. */
    public record Sealed(long submissionId, boolean repeated) {
    }

    public Sealed submit(long proposalId, String idempotencyKey, Actor me) {
        Proposal p = proposals.lock(proposalId);
        Optional<Sealed> repeated = repeated(p, idempotencyKey, me, SubmissionKind.SUBMISSION);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ChallengeView challenge = access.challengeOf(p);
        access.requireOpenPhase(challenge, p.getPhaseNumber(), now);
        if (!p.isEditable()) {
            throw SfideException.conflict("proposal.error.notEditable");
        }
        ProposalContent content = views.content(p);
        List<SfideException> missing = views.missing(p, content, challenge);
        if (!missing.isEmpty()) {
            throw new ValidationFailure(missing);
        }
        return new Sealed(seal(p, content, me.accountId(), idempotencyKey, now).getId(), false);
    }

    /**
     * The sealing itself, in the caller's transaction, for a proposal whose checks were made: the demo dataset
     * loads its past submissions through it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Submission sealAt(long proposalId, long accountId, Instant at) {
        Proposal p = proposals.lock(proposalId);
        return seal(p, views.content(p), accountId, null, at.truncatedTo(ChronoUnit.MILLIS));
    }

    private Submission seal(Proposal p, ProposalContent content, long accountId, String idempotencyKey,
            Instant now) {
        OpeningKey openingKey = openingKeys.ensure(p.getChallengeId(), p.getPhaseNumber(), now);
        PublicKey recipient = OpeningKeys.publicKey(openingKey);
        byte[] keyId = OpeningKeys.keyId(openingKey);
        int seq = proposals.lastSeq(p.getId()) + 1;

        List<SubmittedFile> files = new ArrayList<>();
        List<FormCodec.FileEntry> entries = new ArrayList<>();
        List<Manifest.FileLine> lines = new ArrayList<>();
        int fileNo = 1;
        for (Attachment a : proposals.attachments(p.getId())) {
            SecretKey fileKey = vault.unwrapFileKey(a.getKeyCipher(), ProposalViews.keyPlace(p.getId(),
                    a.getBlobId()));
            files.add(new SubmittedFile(fileNo, a.getBlobId(), a.getSizeBytes(), a.getSha256(),
                    Envelopes.detached(fileKey, a.getIv(), recipient, keyId)));
            entries.add(new FormCodec.FileEntry(views.fileName(a), a.getSizeBytes(), a.getPages(), a.getSha256()));
            lines.add(new Manifest.FileLine(fileNo, a.getSizeBytes(), a.getSha256()));
            fileNo++;
        }
        List<Partner> partners = proposals.partners(p.getId());
        Map<Long, String> names = directory.organisationNames(partners.stream().map(Partner::getOrganisationId)
                .toList());
        List<FormCodec.PartnerTerms> consortium = partners.stream()
                .map(x -> views.terms(x, names.get(x.getOrganisationId()))).toList();
        byte[] form = FormCodec.sealedForm(p.getId(), seq, content, consortium, entries);
        String formSha256 = Digests.sha256Hex(form);
        String digest = Manifest.digest(Manifest.text(p.getId(), seq, SubmissionKind.SUBMISSION, now, formSha256,
                lines));
        Submission submission = proposals.persist(Submission.sealed(p.getId(), seq, now, accountId,
                idempotencyKey, formSha256, Envelopes.envelope(form, recipient, keyId), files, digest));
        supersedeCurrent(p, now);
        p.submitted(submission.getId(), now);
        return submission;
    }

    public Sealed withdraw(long proposalId, String idempotencyKey, Actor me) {
        Proposal p = proposals.lock(proposalId);
        Optional<Sealed> repeated = repeated(p, idempotencyKey, me, SubmissionKind.WITHDRAWAL);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        access.requireOpenPhase(access.challengeOf(p), p.getPhaseNumber(), now);
        int seq = proposals.lastSeq(p.getId()) + 1;
        String digest = Manifest.digest(Manifest.text(p.getId(), seq, SubmissionKind.WITHDRAWAL, now, null,
                List.of()));
        p.withdraw(now);   // refused when nothing is submitted
        Submission withdrawal = proposals.persist(Submission.withdrawal(p.getId(), seq, now, me.accountId(),
                idempotencyKey, digest));
        proposals.submissions(p.getId()).stream().filter(s -> !s.getId().equals(withdrawal.getId()))
                .forEach(s -> s.supersede(now));
        return new Sealed(withdrawal.getId(), false);
    }

    /** Checks access, then finds the act an earlier request with the same key made. */
    private Optional<Sealed> repeated(Proposal p, String idempotencyKey, Actor me, SubmissionKind kind) {
        if (!access.isMember(p, me)) {
            throw SfideException.notFound("proposal.error.notFound");
        }
        access.requireLead(p, me);
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return proposals.byIdempotencyKey(p.getId(), idempotencyKey).map(s -> {
            if (s.getKind() != kind) {
                throw SfideException.conflict("proposal.error.idempotencyKeyReused");
            }
            return new Sealed(s.getId(), true);
        });
    }

    private void supersedeCurrent(Proposal p, Instant now) {
        if (p.getCurrentSubmissionId() != null) {
            proposals.submission(p.getCurrentSubmissionId()).ifPresent(s -> s.supersede(now));
        }
    }
}
