package it.sfide.identity.control;

import it.sfide.document.control.DocumentHeader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first document type, rendered in both languages and checked by veraPDF, the reference PDF/A validator. */
class VerificationCertificateTest {

    private static final VerificationCertificate CERTIFICATE = new VerificationCertificate("Comune di Milano",
            "PUBLIC_BODY", "01199250158", "c_f205", "admin", Instant.parse("2026-11-22T10:15:30Z"));

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static byte[] render(Locale locale) {
        return new VerificationCertificate.Renderer().render(CERTIFICATE, new DocumentHeader("SFIDE-2026-000042",
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
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                    PDFAFlavour.PDFA_2_B); PDFAValidator validator = Foundries.defaultInstance()
                    .createValidator(PDFAFlavour.PDFA_2_B, false)) {
                ValidationResult result = validator.validate(parser);
                String failures = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                                + a.getMessage())
                        .distinct().collect(Collectors.joining("\n"));
                assertTrue(result.isCompliant(), locale + ":\n" + failures);
            }
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
