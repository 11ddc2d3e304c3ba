package it.sfide.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditRecordTest {

    @Test
    void lineBreaksInUserNamesAndDetailsAreStoredAsSpacesSoNoExportLineCanBeForged() {
        AuditRecord record = new AuditRecord(1, Instant.parse("2026-12-06T10:00:00Z"), new AuditEntry(
                "mallory\r\n2026-12-06 admin organisation.verify DONE", 7L, "login\n", "account\u2028", "1\r2",
                AuditOutcome.REFUSED, "GET /x\r\nFake: line\u0085\u0000"), AuditChain.GENESIS);

        assertEquals("mallory  2026-12-06 admin organisation.verify DONE", record.getActor());
        assertEquals("login ", record.getAction());
        assertEquals("account ", record.getTargetType());
        assertEquals("1 2", record.getTargetId());
        assertEquals("GET /x  Fake: line  ", record.getDetails());
        assertTrue(AuditChain.check(java.util.List.of(record), 1, record.getHash()).intact(),
                "the hash covers the stored (cleaned) values");
    }

    @Test
    void cleanTextsAreKeptAsTheyAre() {
        AuditRecord record = new AuditRecord(1, Instant.parse("2026-12-06T10:00:00Z"), new AuditEntry("buyer1",
                null, "organisation.verify", "organisation", "42", AuditOutcome.DONE, "Città \u00e8 ok"),
                AuditChain.GENESIS);
        assertEquals("buyer1", record.getActor());
        assertEquals("Città \u00e8 ok", record.getDetails());
    }
}
