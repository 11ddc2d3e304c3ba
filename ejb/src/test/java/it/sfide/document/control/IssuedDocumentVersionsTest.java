package it.sfide.document.control;

import it.sfide.document.DocumentVersion;
import it.sfide.document.IssuedDocument;
import it.sfide.document.Visibility;
import it.sfide.shared.Digests;
import it.sfide.shared.SfideException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a registered document keeps the versions external signatures make of it. */
class IssuedDocumentVersionsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final byte[] PDF = "%PDF-1.7 contract".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UPDATED = "%PDF-1.7 contract + signature".getBytes(StandardCharsets.US_ASCII);

    private static IssuedDocument contract() {
        return new IssuedDocument("SFIDE-2026-000042", "contract", "Contratto", "contract", "7", 3L,
                Visibility.RESTRICTED, Digests.sha256Hex(PDF), "Sfide (sigillo)", "it", NOW, PDF);
    }

    @Test
    void anEnvelopeOfTheSamePdfKeepsThePdfAndRemembersNothingNew() {
        IssuedDocument document = contract();
        assertNull(document.envelopedBy("Mario Rossi (CAdES)", PDF, Digests.sha256Hex(PDF), new byte[] {0x30, 1},
                "ab", NOW));
        assertArrayEquals(PDF, document.getContent());
        assertEquals("ab", document.getP7mSha256());
        assertEquals("Sfide (sigillo); Mario Rossi (CAdES)", document.getSigners());
    }

    @Test
    void anEnvelopeOfAnUpdatedPdfMakesItTheDocumentAndRemembersTheEarlierPdf() {
        IssuedDocument document = contract();
        DocumentVersion earlier = document.envelopedBy("Mario Rossi", UPDATED, Digests.sha256Hex(UPDATED),
                new byte[] {0x30, 1}, "ab", NOW);
        assertEquals(Digests.sha256Hex(PDF), earlier.getSha256());
        assertArrayEquals(UPDATED, document.getContent());
        assertEquals(UPDATED.length, document.getSizeBytes());
    }

    @Test
    void aSecondEnvelopeMustHoldTheSamePdfAndRemembersTheFirstEnvelope() {
        IssuedDocument document = contract();
        document.envelopedBy("Mario Rossi", PDF, Digests.sha256Hex(PDF), new byte[] {0x30, 1}, "ab", NOW);
        assertEquals("ab", document.envelopedBy("Anna Verdi", PDF, Digests.sha256Hex(PDF), new byte[] {0x30, 2}, "cd",
                NOW).getSha256());
        assertEquals("document.error.external.enveloped", assertThrows(SfideException.class, () -> document
                .envelopedBy("X", UPDATED, Digests.sha256Hex(UPDATED), new byte[] {0x30}, "ef", NOW)).messageKey());
        assertEquals("document.error.external.enveloped", assertThrows(SfideException.class, () -> document
                .signedBy("Giulia Bianchi", UPDATED, Digests.sha256Hex(UPDATED), NOW)).messageKey(),
                "a signature within the PDF would leave the envelope's signers behind");
    }
}
