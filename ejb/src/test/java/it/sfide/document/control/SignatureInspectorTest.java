package it.sfide.document.control;

import eu.europa.esig.dss.enumerations.Indication;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sfide's own reading of signatures, on the same cases the independent validator (EU DSS) is given. */
class SignatureInspectorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final TestPki PKI = new TestPki("Sfide Inspect", NOW);

    private static List<SignatureInspector.SignatureCheck> inspect(byte[] pdf) throws Exception {
        return SignatureInspector.inspect(pdf, List.of(PKI.ca), Instant.now());
    }

    @Test
    void aSealedDocumentIsIntactTrustedAndTimeStamped() throws Exception {
        List<SignatureInspector.SignatureCheck> checks = inspect(PKI.sign(PadesSignerTest.document(), PKI.seal));
        assertEquals(1, checks.size());
        SignatureInspector.SignatureCheck check = checks.get(0);
        assertTrue(check.valid(), check.toString());
        assertEquals("Sfide Platform Seal", check.signer());
        assertEquals("ETSI.CAdES.detached", check.subFilter());
        assertFalse(check.coversWholeFile(), "the validation data came after the signature");
        assertFalse(check.changedAfter(), "but nothing that changes the document");
        assertEquals(NOW, check.timeStamp());
    }

    @Test
    void bothSignaturesOfATwiceSignedDocumentAreValid() throws Exception {
        List<SignatureInspector.SignatureCheck> checks =
                inspect(PKI.sign(PKI.sign(PadesSignerTest.document(), PKI.seal), PKI.person));
        assertEquals(2, checks.size());
        checks.forEach(c -> assertTrue(c.valid(), c.toString()));
        assertEquals("RUP, Regione Lombardia", checks.get(1).role());
    }

    @Test
    void aDocumentTimeStampIsReadAsTheAuthoritysTokenOverTheWholeFile() throws Exception {
        List<SignatureInspector.SignatureCheck> checks = inspect(PadesSigner.addDocumentTimeStamp(
                PKI.sign(PadesSignerTest.document(), PKI.seal), PKI.timeStamper()));
        assertEquals(2, checks.size());
        SignatureInspector.SignatureCheck stamp = checks.get(1);
        assertEquals("ETSI.RFC3161", stamp.subFilter());
        assertTrue(stamp.valid() && stamp.timeStampValid() && stamp.coversWholeFile(), stamp.toString());
        assertEquals("Sfide Inspect TSA", stamp.signer());
        assertEquals(NOW, stamp.timeStamp());
        assertTrue(checks.get(0).valid(), "the seal before it still holds");
    }

    @Test
    void aFlippedByteBreaksTheIntegrity() throws Exception {
        byte[] sealed = PKI.sign(PadesSignerTest.document(), PKI.seal);
        sealed[2000] ^= 0x01; // inside the first signed range, well before the signature
        SignatureInspector.SignatureCheck check = inspect(sealed).get(0);
        assertFalse(check.intact());
        assertFalse(check.valid());
    }

    @Test
    void aPageAppendedAfterSigningIsReportedHereAndByTheIndependentValidator() throws Exception {
        byte[] sealed = PKI.sign(PadesSignerTest.document(), PKI.seal);
        byte[] appended;
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            appended = out.toByteArray();
        }
        SignatureInspector.SignatureCheck check = inspect(appended).get(0);
        assertTrue(check.intact(), "the signed bytes themselves are untouched");
        assertTrue(check.changedAfter(), check.toString());
        assertFalse(check.valid());
        var report = PadesSignerTest.validate(appended, PKI.ca);
        assertNotEquals(Indication.TOTAL_PASSED, report.getIndication(report.getFirstSignatureId()),
                "EU DSS detects the added page too");
    }

    @Test
    void aSignerFromAnotherPkiIsNotTrusted() throws Exception {
        TestPki stranger = new TestPki("Stranger", NOW);
        SignatureInspector.SignatureCheck check = inspect(stranger.sign(PadesSignerTest.document(), stranger.seal))
                .get(0);
        assertTrue(check.intact());
        assertEquals(SignatureInspector.Chain.UNTRUSTED, check.chain(), check.chainDetail());
        assertFalse(check.timeStampValid(), "its time-stamping authority is not trusted either");
    }

    @Test
    void refusesWhatIsNotAReadablePdfWithTheReason() throws Exception {
        assertEquals(SignatureInspector.Refusal.NOT_PDF, assertThrows(SignatureInspector.Unreadable.class,
                () -> inspect("hello".getBytes())).reason());
        assertEquals(SignatureInspector.Refusal.MALFORMED, assertThrows(SignatureInspector.Unreadable.class,
                () -> inspect("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes())).reason());
        byte[] encrypted;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            encrypted = out.toByteArray();
        }
        assertEquals(SignatureInspector.Refusal.ENCRYPTED, assertThrows(SignatureInspector.Unreadable.class,
                () -> inspect(encrypted)).reason());
    }
}
