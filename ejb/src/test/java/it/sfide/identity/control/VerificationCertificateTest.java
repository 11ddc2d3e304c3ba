package it.sfide.identity.control;

import it.sfide.document.control.DocumentHeader;
import it.sfide.document.control.PdfLayout;
import it.sfide.validation.IndependentValidators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first document type, rendered in both languages and checked by veraPDF, the reference PDF/A validator. */
class VerificationCertificateTest {

    private static final VerificationCertificate CERTIFICATE = new VerificationCertificate("Comune di Milano",
            "PUBLIC_BODY", "01199250158", "c_f205", "admin", Instant.parse("2026-11-22T10:15:30Z"));

    static byte[] render(Locale locale) {
        return PdfLayout.render(new VerificationCertificate.Renderer(), CERTIFICATE, new DocumentHeader("SFIDE-2026-000042",
                "Sfide", locale.getLanguage().equals("en") ? "Certificate of organisation verification"
                        : "Attestato di verifica dell'organizzazione",
                Instant.parse("2026-11-22T10:16:00Z"), "http://localhost:8080/verify?p=SFIDE-2026-000042", locale));
    }

    @Test
    void isValidPdfA2bInItalianAndEnglish() throws Exception {
        for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH}) {
            byte[] pdf = render(locale);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "organisation-verification-" + locale.getLanguage() + ".pdf"), pdf);
            IndependentValidators.PdfACheck check = IndependentValidators.pdfA2b(pdf);
            assertTrue(check.compliant(), locale + ":\n" + check.failures());
        }
    }

    @Test
    void carriesTheProtocolNumberPageNumbersAndTextInTheRecipientsLanguage() throws Exception {
        try (PDDocument document = Loader.loadPDF(render(Locale.ITALIAN))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Protocollo SFIDE-2026-000042"), text);
            assertTrue(text.contains("Pagina 1 di " + document.getNumberOfPages()), text);
            assertTrue(text.contains("Comune di Milano"));
            assertTrue(text.contains("verificata da un amministratore"));
            assertEquals("it", document.getDocumentCatalog().getLanguage());
        }
        try (PDDocument document = Loader.loadPDF(render(Locale.ENGLISH))) {
            assertTrue(new PDFTextStripper().getText(document).contains("Page 1 of"));
        }
    }
}
