package it.sfide.audit;

import it.sfide.shared.Digests;
import it.sfide.shared.UtcInstantConverter;

import java.nio.charset.StandardCharsets;

/**
 * The rules of the chain: the canonical form a record's hash covers, and the check of a run of records.
 * The canonical form lists every field as {@code length:value;} (null as {@code -;}), so no two different records
 * share it.
 */
public final class AuditChain {

    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String canonical(AuditRecord r) {
        StringBuilder out = new StringBuilder("sfide-audit-v1;");
        for (Object field : new Object[] {r.getSeq(), UtcInstantConverter.toStoredPrecision(r.getRecordedAt()),
            r.getActor(), r.getOrganisationId(), r.getAction(), r.getTargetType(), r.getTargetId(), r.getOutcome(),
            r.getDetails(), r.getPreviousHash()}) {
            if (field == null) {
                out.append("-;");
            } else {
                String text = field.toString();
                out.append(text.length()).append(':').append(text).append(';');
            }
        }
        return out.toString();
    }

    public static String hashOf(AuditRecord r) {
        return Digests.sha256Hex(canonical(r).getBytes(StandardCharsets.UTF_8));
    }

    /** What the check of the chain found. */
    public enum Problem { NONE, ALTERED, MISSING, BROKEN_LINK }

    /** The result: how many records were checked and the first problem, with the sequence number it concerns. */
    public record Report(long checked, Problem problem, Long seq, long headSeq) {
        public boolean intact() {
            return problem == Problem.NONE;
        }
    }

    /**
     * Checks records read in sequence order, against the head. Stops at the first problem: a record whose hash
     * does not match its content (altered), a gap in the sequence or a chain shorter than the head (missing), a
     * record not linked to the one before it (reordered or replaced).
     */
    public static Report check(Iterable<AuditRecord> inOrder, long headSeq, String headHash) {
        long expected = 1;
        String previous = GENESIS;
        long checked = 0;
        for (AuditRecord record : inOrder) {
            if (record.getSeq() != expected) {
                return new Report(checked, record.getSeq() > expected ? Problem.MISSING : Problem.BROKEN_LINK,
                        expected, headSeq);
            }
            if (!hashOf(record).equals(record.getHash())) {
                return new Report(checked, Problem.ALTERED, record.getSeq(), headSeq);
            }
            if (!record.getPreviousHash().equals(previous)) {
                return new Report(checked, Problem.BROKEN_LINK, record.getSeq(), headSeq);
            }
            previous = record.getHash();
            expected++;
            checked++;
        }
        if (expected - 1 != headSeq || !previous.equals(headHash)) {
            return new Report(checked, expected - 1 < headSeq ? Problem.MISSING : Problem.BROKEN_LINK, expected,
                    headSeq);
        }
        return new Report(checked, Problem.NONE, null, headSeq);
    }
}
