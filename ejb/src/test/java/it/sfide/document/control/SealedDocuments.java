package it.sfide.document.control;

import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.document.spi.DocumentRenderer;
import it.sfide.platform.i18n.Texts;
import it.sfide.validation.IndependentValidators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Documents of other areas issued, countersigned and validated outside the container, as {@code DocumentIssuer}
 * and {@code Countersigner} do it: the body's seal (PAdES baseline LT, a CRL of the hour), then each person's
 * visible signature in the next free box (with a CRL fresh at that moment), checked by EU DSS trusting only the
 * test root. For the areas' renderer tests and benchmarks, which cannot see this package's {@link TestPki}.
 */
public final class SealedDocuments {

    private final TestPki pki;
    private final Map<String, SigningIdentity> people = new ConcurrentHashMap<>();

    public SealedDocuments(String name, Instant now) {
        pki = new TestPki(name, now);
    }

    /** The trust anchor of this PKI. */
    public X509Certificate root() {
        return pki.ca;
    }

    /**
     * The document as {@code DocumentIssuer} issues it: title {@code document.<type>.title} in the language,
     * rendered and sealed in one save by the issuing body.
     */
    public <T> byte[] issue(DocumentRenderer<T> renderer, T record, String protocol, String issuer, Locale locale) {
        String title = Texts.get(locale, "document." + renderer.type() + ".title");
        SigningIdentity body = person(issuer, Texts.get(locale, "document.bodySeal.role"),
                CertificateAuthority.Purpose.SEAL);
        DocumentHeader header = new DocumentHeader(protocol, issuer, title, pki.now,
                "http://localhost:8080/verify?p=" + protocol, locale);
        Seal seal = new Seal(body, title + " " + protocol, pki.now, pki.timeStamper(),
                List.of(body.certificate(), pki.tsa, pki.ca), RevocationSource.of(pki.crls()));
        return PdfLayout.render(renderer, record, header, seal);
    }

    /**
     * A person's signature added as {@code Countersigner} adds it: visible in the next free box with their name,
     * role and time in the document's language, baseline LT with a fresh CRL, as an incremental update.
     */
    public byte[] countersign(byte[] pdf, String name, String role, Locale locale) {
        SigningIdentity who = person(name, role, CertificateAuthority.Purpose.SIGNING);
        List<String> visible = List.of(Texts.get(locale, "document.signatures.signedBy", name), role,
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                        .withZone(PdfLayout.ROME).format(pki.now));
        return PadesSigner.sign(pdf, who, "test", pki.now, pki.timeStamper(),
                List.of(who.certificate(), pki.tsa, pki.ca),
                RevocationSource.of(List.of(CertificateAuthority.crl(pki.ca, pki.caKeys.getPrivate(), pki.now))),
                visible);
    }

    /**
     * Where a countersignature's time goes, for benchmarks: the same steps as {@link #countersign}, each timed on
     * the same input: one parse of the document by PDFBox; the search for the first free signature box; the raw floor (one PDFBox incremental signature save
     * with a plain CMS signature, no time-stamp, no box, no validation data); the baseline-T signature with its
     * visible box (Sfide's, retried when the container's size was guessed wrong); and adding the validation data
     * (certificates and CRL in the DSS dictionary, one more incremental save). Times in milliseconds.
     */
    public record SigningBreakdown(double parseMs, double freeBoxMs, double rawFloorMs, double baselineTMs,
            double validationDataMs, boolean sizeKnownBefore) {
    }

    public SigningBreakdown breakdown(byte[] pdf, String name, String role, Locale locale) {
        try {
            SigningIdentity who = person(name, role, CertificateAuthority.Purpose.SIGNING);
            boolean known = PadesSigner.knownSize(who) != PadesSigner.FIRST_GUESS;
            long t0 = System.nanoTime();
            long tBox;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                document.getNumberOfPages();
                tBox = System.nanoTime();
                SignatureBox.firstFree(document);
            }
            long t1 = System.nanoTime();
            rawSignature(pdf, who);
            long t2 = System.nanoTime();
            byte[] signed = PadesSigner.signBaselineT(pdf, who, "test", pki.now, pki.timeStamper(), List.of(
                    Texts.get(locale, "document.signatures.signedBy", name), role, "-"));
            long t3 = System.nanoTime();
            PadesSigner.addValidationData(signed, List.of(who.certificate(), pki.tsa, pki.ca),
                    List.of(CertificateAuthority.crl(pki.ca, pki.caKeys.getPrivate(), pki.now)));
            long t4 = System.nanoTime();
            return new SigningBreakdown((tBox - t0) / 1e6, (t1 - tBox) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, known);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One PDFBox incremental signature save with a plain CMS signature: what any PDFBox signature costs. */
    private static byte[] rawSignature(byte[] pdf, SigningIdentity who) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf);
                org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions options =
                        new org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions()) {
            var signature = new org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature();
            signature.setFilter(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setSignDate(java.util.Calendar.getInstance());
            options.setPreferredSignatureSize(8192);
            document.addSignature(signature, options);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            var external = document.saveIncrementalForExternalSigning(out);
            byte[] content = external.getContent().readAllBytes();
            var generator = new org.bouncycastle.cms.CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder(
                    new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build())
                    .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                            .setProvider(FixedLengthSigner.PROVIDER).build(who.key()), who.certificate()));
            external.setSignature(generator.generate(new org.bouncycastle.cms.CMSProcessableByteArray(content),
                    false).getEncoded());
            return out.toByteArray();
        } catch (org.bouncycastle.cms.CMSException | org.bouncycastle.operator.OperatorCreationException
                | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** EU DSS's simple report, offline, trusting only this PKI's root. */
    public SimpleReport validate(byte[] pdf) {
        return IndependentValidators.pades(pdf, pki.ca);
    }

    /** The signature boxes the layout kept that no visible signature fills yet. */
    public static int freeSignatureBoxes(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int free = 0;
            for (PDPage page : document.getPages()) {
                COSArray boxes = page.getCOSObject().getCOSArray(PdfLayout.SIGNATURE_BOXES);
                if (boxes == null) {
                    continue;
                }
                int used = 0;
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationWidget widget && widget.getRectangle() != null
                            && widget.getRectangle().getWidth() > 0
                            && COSName.SIG.equals(widget.getCOSObject().getCOSName(COSName.FT))) {
                        used++;
                    }
                }
                free += Math.max(0, boxes.size() - used);
            }
            return free;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SigningIdentity person(String name, String role, CertificateAuthority.Purpose purpose) {
        return people.computeIfAbsent(purpose + "|" + name + "|" + role, k -> {
            KeyPair keys = CertificateAuthority.newKeyPair();
            X509Certificate certificate = CertificateAuthority.issue(pki.ca, pki.caKeys.getPrivate(),
                    keys.getPublic(), name, purpose, pki.now.minusSeconds(3600), Duration.ofDays(365));
            return new SigningIdentity(keys.getPrivate(), List.of(certificate, pki.ca), name, role);
        });
    }
}
