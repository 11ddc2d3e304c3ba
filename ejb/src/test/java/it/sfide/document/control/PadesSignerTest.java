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
        return new VerificationCertificate.Renderer().render(new VerificationCertificate("Comune di Milano",
                "PUBLIC_BODY", "01199250158", "c_f205", "admin", NOW), new DocumentHeader("SFIDE-2026-000007",
                "Sfide", "Attestato di verifica", NOW, "http://localhost:8080/verify?p=SFIDE-2026-000007",
                Locale.ITALIAN));
    }

    static byte[] issued() {
        return new VerificationCertificate.Renderer().render(new VerificationCertificate("Comune di Milano",
                "PUBLIC_BODY", "01199250158", "c_f205", "admin", NOW), new DocumentHeader("SFIDE-2026-000008",
                "Sfide", "Attestato di verifica", NOW, "http://localhost:8080/verify?p=SFIDE-2026-000008",
                Locale.ITALIAN), PKI.sealing());
    }

    static SimpleReport validate(byte[] pdf, X509Certificate trusted) {
        return IndependentValidators.pades(pdf, trusted);
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

        SimpleReport report = validate(sealed, PKI.ca);
        assertEquals(1, report.getSignaturesCount());
        String id = report.getFirstSignatureId();
        assertEquals(Indication.TOTAL_PASSED, report.getIndication(id), report.toString());
        assertEquals(SignatureLevel.PAdES_BASELINE_LT, report.getSignatureFormat(id));
        assertPdfA(sealed);
    }

    @Test
    void documentSealedAsItIsWrittenIsPadesBaselineLtAndPdfA() throws Exception {
        byte[] sealed = issued();
        Files.write(Path.of("target", "issued-organisation-verification.pdf"), sealed);
        SimpleReport report = validate(sealed, PKI.ca);
        assertEquals(1, report.getSignaturesCount());
        String id = report.getFirstSignatureId();
        assertEquals(Indication.TOTAL_PASSED, report.getIndication(id), report.toString());
        assertEquals(SignatureLevel.PAdES_BASELINE_LT, report.getSignatureFormat(id));
        assertPdfA(sealed);
    }

    @Test
    void aPersonSignsAnIssuedDocumentAndBothSignaturesStayValid() throws Exception {
        byte[] twice = PKI.sign(issued(), PKI.person);
        SimpleReport report = validate(twice, PKI.ca);
        assertEquals(2, report.getSignaturesCount());
        for (String id : report.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(id), report.toString());
            assertEquals(SignatureLevel.PAdES_BASELINE_LT, report.getSignatureFormat(id));
        }
        assertPdfA(twice);
    }

    @Test
    void twoSignaturesOnOneDocumentBothStayValid() throws Exception {
        byte[] twice = PKI.sign(PKI.sign(document(), PKI.seal), PKI.person);
        SimpleReport report = validate(twice, PKI.ca);
        assertEquals(2, report.getSignaturesCount());
        for (String id : report.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(id), report.toString());
            assertEquals(SignatureLevel.PAdES_BASELINE_LT, report.getSignatureFormat(id));
        }
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
