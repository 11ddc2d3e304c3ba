package it.sfide.validation;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.security.cert.X509Certificate;
import java.util.stream.Collectors;

/**
 * The validators that are not Sfide's own code, as every test calls them: the EU DSS library (ETSI EN 319
 * 102-1, offline, trusting one root only) and veraPDF (PDF/A-2b). Shared with the integration tests through the
 * EJB module's test jar.
 */
public final class IndependentValidators {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private IndependentValidators() {
    }

    /** The EU DSS simple report of a signed PDF, with the given roots as the only trust anchors and no network. */
    public static SimpleReport pades(byte[] pdf, X509Certificate trustedRoot, X509Certificate... moreRoots) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
        anchors.addCertificate(new CertificateToken(trustedRoot));
        for (X509Certificate root : moreRoots) {
            anchors.addCertificate(new CertificateToken(root));
        }
        verifier.setTrustedCertSources(anchors);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument().getSimpleReport();
    }

    /** veraPDF's verdict on PDF/A-2b, with the clauses that failed. */
    public record PdfACheck(boolean compliant, String failures) {
    }

    public static PdfACheck pdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B); PDFAValidator validator = Foundries.defaultInstance()
                .createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            return new PdfACheck(result.isCompliant(), failures);
        }
    }
}
