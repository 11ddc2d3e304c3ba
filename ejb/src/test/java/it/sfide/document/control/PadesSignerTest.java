package it.sfide.document.control;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.identity.control.VerificationCertificate;
import it.sfide.validation.IndependentValidators;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signatures checked by independent validators: the EU DSS library (ETSI EN 319 102-1, offline, trusting only the
 * root CA) for PAdES baseline LT, and veraPDF for PDF/A-2b after signing.
 */
class PadesSignerTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final TestPki PKI = new TestPki("Sfide Test", NOW);

    static byte[] document() {
        return PdfLayout.render(new VerificationCertificate.Renderer(), new VerificationCertificate("Comune di Milano",
                "PUBLIC_BODY", "01199250158", "c_f205", "admin", NOW), new DocumentHeader("SFIDE-2026-000007",
                "Sfide", "Attestato di verifica", NOW, "http://localhost:8080/verify?p=SFIDE-2026-000007",
                Locale.ITALIAN));
    }

    static byte[] issued() {
        return PdfLayout.render(new VerificationCertificate.Renderer(), new VerificationCertificate("Comune di Milano",
                "PUBLIC_BODY", "01199250158", "c_f205", "admin", NOW), new DocumentHeader("SFIDE-2026-000008",
                "Sfide", "Attestato di verifica", NOW, "http://localhost:8080/verify?p=SFIDE-2026-000008",
                Locale.ITALIAN), PKI.sealing());
    }

    static SimpleReport validate(byte[] pdf, X509Certificate trusted) {
        return IndependentValidators.pades(pdf, trusted);
    }

    /** EU DSS passes every signature of the document at the given level, and finds as many as expected. */
    static void assertSignatures(byte[] pdf, int count, SignatureLevel level) {
        SimpleReport report = validate(pdf, PKI.ca);
        assertEquals(count, report.getSignaturesCount());
        for (String id : report.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(id), report.toString());
            assertEquals(level, report.getSignatureFormat(id));
        }
    }

    static void assertPdfA(byte[] pdf) throws Exception {
        IndependentValidators.PdfACheck check = IndependentValidators.pdfA2b(pdf);
        assertTrue(check.compliant(), check.failures());
    }

    @Test
    void sealedDocumentIsPadesBaselineLtAndStillPdfA() throws Exception {
        byte[] sealed = PKI.sign(document(), PKI.seal);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "sealed-organisation-verification.pdf"), sealed);

        assertSignatures(sealed, 1, SignatureLevel.PAdES_BASELINE_LT);
        assertPdfA(sealed);
    }

    @Test
    void documentSealedAsItIsWrittenIsPadesBaselineLtAndPdfA() throws Exception {
        byte[] sealed = issued();
        Files.write(Path.of("target", "issued-organisation-verification.pdf"), sealed);
        assertSignatures(sealed, 1, SignatureLevel.PAdES_BASELINE_LT);
        assertPdfA(sealed);
    }

    @Test
    void aPersonSignsAnIssuedDocumentAndBothSignaturesStayValid() throws Exception {
        byte[] twice = PKI.sign(issued(), PKI.person);
        assertSignatures(twice, 2, SignatureLevel.PAdES_BASELINE_LT);
        assertPdfA(twice);
    }

    @Test
    void aPersonalSignatureIsShownInTheBoxTheLayoutKeptAndEverythingStaysValid() throws Exception {
        byte[] issued = issued();
        byte[] signed = PKI.signVisibly(issued, PKI.person, List.of("Firmato digitalmente da Giulia Bianchi",
                "RUP, Regione Lombardia", "22 novembre 2026, 11:00"));
        Files.write(Path.of("target", "visibly-signed.pdf"), signed);
        assertSignatures(signed, 2, SignatureLevel.PAdES_BASELINE_LT);
        assertPdfA(signed);
        try (var document = org.apache.pdfbox.Loader.loadPDF(signed)) {
            var page = document.getPage(0);
            var box = (org.apache.pdfbox.cos.COSArray) page.getCOSObject().getCOSArray(PdfLayout.SIGNATURE_BOXES)
                    .getObject(0);
            var widgets = page.getAnnotations().stream().filter(a -> a.getRectangle().getWidth() > 0).toList();
            assertEquals(1, widgets.size(), "the person's signature is visible, the seal is not");
            assertEquals(((org.apache.pdfbox.cos.COSNumber) box.getObject(1)).floatValue(),
                    widgets.get(0).getRectangle().getLowerLeftY(), 0.01, "in the box kept for it");
            assertTrue(widgets.get(0).getAppearance().getNormalAppearance().isStream());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Sigillato elettronicamente da Sfide"), text);
        }
        assertEquals(List.of(), SignatureInspector.inspect(signed, List.of(PKI.ca), Instant.now()).stream()
                .filter(c -> c.changedAfter()).toList(), "a visible signature is no change to the document");
    }

    @Test
    void anArchivalDocumentGetsADocumentTimeStampAndReachesBaselineLta() throws Exception {
        byte[] archival = PadesSigner.addDocumentTimeStamp(issued(), PKI.timeStamper());
        Files.write(Path.of("target", "archival-document.pdf"), archival);
        assertSignatures(archival, 1, SignatureLevel.PAdES_BASELINE_LTA);
        assertPdfA(archival);
    }

    @Test
    void twoSignaturesOnOneDocumentBothStayValid() throws Exception {
        byte[] twice = PKI.sign(PKI.sign(document(), PKI.seal), PKI.person);
        assertSignatures(twice, 2, SignatureLevel.PAdES_BASELINE_LT);
        assertPdfA(twice);
    }

    @Test
    void aByteFlippedInsideTheSignedRangeIsDetected() {
        byte[] sealed = PKI.sign(document(), PKI.seal);
        byte[] altered = sealed.clone();
        altered[2000] ^= 0x01; // inside the first signed range, well before the signature
        SimpleReport report = validate(altered, PKI.ca);
        assertEquals(1, report.getSignaturesCount());
        assertEquals(Indication.TOTAL_FAILED, report.getIndication(report.getFirstSignatureId()), report.toString());
    }

    @Test
    void aSignerOutsideTheTrustedRootIsNotTrusted() {
        TestPki stranger = new TestPki("Stranger", NOW);
        byte[] signed = stranger.sign(document(), stranger.seal);
        SimpleReport report = validate(signed, PKI.ca);
        String id = report.getFirstSignatureId();
        assertEquals(1, report.getSignaturesCount());
        assertEquals(Indication.INDETERMINATE, report.getIndication(id), "no chain to the trusted root");
    }
}
