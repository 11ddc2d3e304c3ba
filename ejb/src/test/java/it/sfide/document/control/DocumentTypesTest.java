package it.sfide.document.control;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.audit.boundary.AuditCheckpoint;
import it.sfide.identity.control.VerificationCertificate;
import it.sfide.validation.IndependentValidators;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every document type the platform issues, sealed as {@code DocumentIssuer} seals it, checked by the independent
 * validators: EU DSS (offline, only the root CA trusted) and veraPDF (PDF/A-2b), in both languages.
 */
class DocumentTypesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final TestPki PKI = new TestPki("Types", NOW);

    private static DocumentHeader header(String protocol, Locale locale) {
        return new DocumentHeader(protocol, "Sfide", "Document", NOW, "http://localhost:8080/verify?p=" + protocol,
                locale);
    }

    private static void assertValid(byte[] pdf, SignatureLevel level) throws Exception {
        SimpleReport report = IndependentValidators.pades(pdf, PKI.ca);
        for (String id : report.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, report.getIndication(id), report.toString());
            assertEquals(level, report.getSignatureFormat(id));
        }
        IndependentValidators.PdfACheck pdfA = IndependentValidators.pdfA2b(pdf);
        assertTrue(pdfA.compliant(), pdfA.failures());
    }

    @Test
    void organisationVerificationCertificate() throws Exception {
        for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH}) {
            byte[] pdf = PdfLayout.render(new VerificationCertificate.Renderer(), new VerificationCertificate("Università di Pisa",
                    "OPERATOR", "80003670504", "00286820501", "admin", NOW), header("SFIDE-2026-000101", locale),
                    PKI.sealing());
            assertValid(pdf, SignatureLevel.PAdES_BASELINE_LT);
        }
    }

    @Test
    void dailyAuditCheckpointIsArchival() throws Exception {
        for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH}) {
            byte[] sealed = PdfLayout.render(new AuditCheckpoints.Renderer(), new AuditCheckpoint(LocalDate.of(2026, 11, 21), 4711,
                    "9f".repeat(32), NOW), header("SFIDE-2026-000102", locale), PKI.sealing());
            assertValid(PadesSigner.addDocumentTimeStamp(sealed, PKI.timeStamper()), SignatureLevel.PAdES_BASELINE_LTA);
        }
    }
}
