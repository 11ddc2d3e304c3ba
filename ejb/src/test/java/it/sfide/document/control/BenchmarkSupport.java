package it.sfide.document.control;

import it.sfide.identity.control.VerificationCertificate;
import it.sfide.shared.Digests;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;

/** The two workloads of {@code SealingBenchmark}, on the same document and the same keys. */
public final class BenchmarkSupport implements AutoCloseable {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final TestPki pki = new TestPki("Bench", NOW);
    private final VerificationCertificate record = new VerificationCertificate("Comune di Milano", "PUBLIC_BODY",
            "01199250158", "c_f205", "admin", NOW);
    private final byte[] rendered;
    private final Connection database;
    private long sequence;

    public BenchmarkSupport() throws Exception {
        rendered = render("SFIDE-2026-000000");
        database = DriverManager.getConnection("jdbc:h2:mem:bench;MODE=MySQL", "sa", "");
        database.createStatement().execute("create table issued (protocol varchar(20) primary key,"
                + " sha256 char(64), content blob)");
    }

    private byte[] render(String protocol) {
        return PdfLayout.render(new VerificationCertificate.Renderer(), record, header(protocol));
    }

    private static DocumentHeader header(String protocol) {
        return new DocumentHeader(protocol, "Sfide", "Attestato di verifica", NOW,
                "http://localhost:8080/verify?p=" + protocol, Locale.ITALIAN);
    }

    /**
     * Render, seal (PAdES baseline LT with a time-stamp and the validation data), hash and store: what issuing a
     * document costs, by the same calls {@code DocumentIssuer} makes.
     */
    public long issueLikeSfide() throws Exception {
        String protocol = String.format("SFIDE-2026-%06d", ++sequence);
        byte[] sealed = PdfLayout.render(new VerificationCertificate.Renderer(), record, header(protocol), pki.sealing());
        String hash = Digests.sha256Hex(sealed);
        try (PreparedStatement insert = database.prepareStatement("insert into issued values (?, ?, ?)")) {
            insert.setString(1, protocol);
            insert.setString(2, hash);
            insert.setBytes(3, sealed);
            insert.executeUpdate();
        }
        return sealed.length;
    }

    /**
     * The floor: one PDFBox signature save of the same rendered bytes and one plain CMS signature, made with the
     * same Bouncy Castle provider as Sfide's.
     */
    public long rawSaveAndSign() throws Exception {
        try (PDDocument document = Loader.loadPDF(rendered); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setSignDate(Calendar.getInstance());
            options.setPreferredSignatureSize(8192);
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] content = external.getContent().readAllBytes();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(FixedLengthSigner.PROVIDER)
                            .build(pki.seal.key()),
                            pki.seal.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(pki.seal.certificate(), pki.ca)));
            external.setSignature(generator.generate(new CMSProcessableByteArray(content), false).getEncoded());
            return out.size();
        }
    }

    @Override
    public void close() throws Exception {
        database.close();
    }
}
