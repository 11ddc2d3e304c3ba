package it.sfide.audit;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00.123456Z");

    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> records = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditRecord r = new AuditRecord(i, T0.plusSeconds(i), new AuditEntry("buyer1", 7L, "organisation.verify",
                    "organisation", String.valueOf(i), AuditOutcome.DONE, "details " + i), previous);
            records.add(r);
            previous = r.getHash();
        }
        return records;
    }

    private static AuditChain.Report check(List<AuditRecord> records, List<AuditRecord> original) {
        AuditRecord last = original.get(original.size() - 1);
        return AuditChain.check(records, last.getSeq(), last.getHash());
    }

    private static void set(AuditRecord record, String field, Object value) throws Exception {
        Field f = AuditRecord.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(record, value);
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditRecord> records = chain(5);
        AuditChain.Report report = check(records, records);
        assertTrue(report.intact());
        assertEquals(5, report.checked());
    }

    @Test
    void detectsTheFirstAlteredRecord() throws Exception {
        List<AuditRecord> records = chain(5);
        set(records.get(2), "actor", "someone-else");
        AuditChain.Report report = check(records, records);
        assertEquals(AuditChain.Problem.ALTERED, report.problem());
        assertEquals(3L, report.seq());
    }

    @Test
    void detectsADeletedRecordAndATruncatedChain() {
        List<AuditRecord> records = chain(5);
        List<AuditRecord> gap = new ArrayList<>(records);
        gap.remove(1);
        assertEquals(AuditChain.Problem.MISSING, check(gap, records).problem());
        assertEquals(2L, check(gap, records).seq());
        List<AuditRecord> truncated = new ArrayList<>(records.subList(0, 4));
        assertEquals(AuditChain.Problem.MISSING, check(truncated, records).problem());
        assertEquals(5L, check(truncated, records).seq());
    }

    @Test
    void detectsRecordsSwappedEvenWhenTheirHashesWereRecomputed() throws Exception {
        List<AuditRecord> records = chain(5);
        AuditRecord second = records.get(1);
        AuditRecord third = records.get(2);
        // an attacker swaps the contents of records 2 and 3 and recomputes each one's own hash
        set(second, "seq", 3L);
        set(third, "seq", 2L);
        set(second, "hash", AuditChain.hashOf(second));
        set(third, "hash", AuditChain.hashOf(third));
        List<AuditRecord> swapped = List.of(records.get(0), third, second, records.get(3), records.get(4));
        AuditChain.Report report = check(swapped, records);
        assertEquals(AuditChain.Problem.BROKEN_LINK, report.problem());
        assertEquals(2L, report.seq());
    }

    @Test
    void canonicalFormSeparatesFieldsUnambiguously() {
        AuditRecord a = new AuditRecord(1, T0, new AuditEntry("ab", null, "c", null, null, AuditOutcome.DONE, null),
                AuditChain.GENESIS);
        AuditRecord b = new AuditRecord(1, T0, new AuditEntry("a", null, "bc", null, null, AuditOutcome.DONE, null),
                AuditChain.GENESIS);
        assertNotEquals(a.getHash(), b.getHash());
    }
}
