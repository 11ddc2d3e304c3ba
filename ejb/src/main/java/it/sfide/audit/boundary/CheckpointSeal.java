package it.sfide.audit.boundary;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the audit area has its daily checkpoint sealed as a public document. Audit calls no other area, and the
 * document area is itself audited, so the document area implements this port instead of audit calling it (as
 * identity implements {@link ActorDirectory}).
 */
public interface CheckpointSeal {

    /** The registry's checkpoint document of the day, if one was issued. */
    Optional<SealedCheckpoint> of(LocalDate day);

    /** Issues the checkpoint as a sealed, time-stamped public document for the long term (PAdES baseline LTA). */
    SealedCheckpoint seal(AuditCheckpoint checkpoint);

    /**
     * A checkpoint in the document registry.
     *
     * @param protocol its protocol number, for the verification page
     * @param type its document type code
     */
    record SealedCheckpoint(String protocol, String type) {
    }
}
