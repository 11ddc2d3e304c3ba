package it.sfide.proposal.control;

import it.sfide.proposal.Opening;
import it.sfide.proposal.OpeningKey;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.Submission;
import it.sfide.proposal.SubmittedFile;
import it.sfide.shared.Digests;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Openings of phases, and the decryption of what they opened (only ever called for a confirmed opening). */
@Dependent
public class Openings {

    @PersistenceContext
    EntityManager em;

    @Inject
    OpeningKeys keys;

    @Inject
    BlobStore blobs;

    public Optional<Opening> find(long challengeId, int phase) {
        return em.createNamedQuery(Opening.FIND, Opening.class).setParameter("challenge", challengeId)
                .setParameter("phase", phase).getResultStream().findFirst();
    }

    public Optional<Opening> lock(long challengeId, int phase) {
        return find(challengeId, phase).map(o -> em.find(Opening.class, o.getId(), LockModeType.PESSIMISTIC_WRITE));
    }

    public Opening persist(Opening opening) {
        em.persist(opening);
        em.flush();
        return opening;
    }

    /** A phase's private opening key, unwrapped, with its identifier in the envelopes. */
    public record UnwrappedKey(PrivateKey key, byte[] keyId) {
    }

    /** The private key of a confirmed opening's phase. */
    public UnwrappedKey key(Opening opening, Instant now) {
        if (!opening.isConfirmed()) {
            throw new IllegalStateException("the opening of challenge " + opening.getChallengeId()
                    + " is not confirmed: its key stays wrapped");
        }
        OpeningKey key = keys.find(opening.getChallengeId(), opening.getPhaseNumber())
                .orElseThrow(() -> new IllegalStateException("no opening key for challenge "
                        + opening.getChallengeId() + " phase " + opening.getPhaseNumber()));
        return new UnwrappedKey(keys.unwrap(key, now), OpeningKeys.keyId(key));
    }

    public Optional<Opening> confirmedFor(Proposal p) {
        return find(p.getChallengeId(), p.getPhaseNumber()).filter(Opening::isConfirmed);
    }

    /** The sealed form data, decrypted. */
    public byte[] form(Submission s, UnwrappedKey key) {
        return Envelopes.open(s.getFormCms(), key.key(), key.keyId());
    }

    /** A sealed file, decrypted as it is read. */
    public InputStream file(SubmittedFile f, UnwrappedKey key) {
        return Envelopes.open(f.getEnvelope(), blobs.encrypted(f.getBlobId()), key.key());
    }

    /** Whether the decrypted form data and every file match the hashes committed at submission. */
    public boolean verify(Submission s, UnwrappedKey key) {
        if (!Digests.sha256Hex(form(s, key)).equals(s.getFormSha256())) {
            return false;
        }
        for (SubmittedFile f : s.getFiles()) {
            try (InputStream in = file(f, key)) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[256 * 1024];
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sha.update(buffer, 0, n);
                    size += n;
                }
                if (size != f.getSizeBytes() || !HexFormat.of().formatHex(sha.digest()).equals(f.getSha256())) {
                    return false;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }
}
