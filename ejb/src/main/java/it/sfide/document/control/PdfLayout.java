package it.sfide.document.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import it.sfide.platform.i18n.Texts;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The shared layout of every Sfide document, in PDF/A-2b: A4 pages, Titillium Web embedded, XMP metadata with
 * the PDF/A identification, an sRGB output intent, and on every page the issuing body, the protocol number, the
 * page number and a QR code with the short address of the verification page. Renderers add headings, paragraphs
 * and label/value fields; text flows onto new pages by itself.
 */
public final class PdfLayout implements AutoCloseable {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** The sRGB ICC profile of the output intent, read once. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final float MARGIN = 56;
    private static final float TOP = PDRectangle.A4.getHeight() - 110;
    private static final float BOTTOM = 120;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float[] BLUE = {0f, 0.4f, 0.8f};
    private static final float[] DARK = {0.1f, 0.12f, 0.14f};
    private static final float[] GREY = {0.35f, 0.38f, 0.42f};

    private final DocumentHeader header;
    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    private PdfLayout(DocumentHeader header) throws IOException {
        this.header = header;
        this.document = new PDDocument();
        this.regular = font("TitilliumWeb-Regular.ttf");
        this.bold = font("TitilliumWeb-SemiBold.ttf");
        newPage();
    }

    public static PdfLayout start(DocumentHeader header) {
        try {
            return new PdfLayout(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text of the bundle, in the recipient's language. */
    public String text(String key, Object... args) {
        return Texts.get(header.locale(), key, args);
    }

    /** A date and time in Europe/Rome, written in the recipient's language. */
    public String dateTime(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(header.locale()).withZone(ROME).format(instant);
    }

    public PdfLayout heading(String text) {
        space(10);
        return lines(text, bold, 15, DARK, 20);
    }

    public PdfLayout paragraph(String text) {
        space(4);
        return lines(text, regular, 11, DARK, 16);
    }

    /** A label and its value, one under the other. */
    public PdfLayout field(String label, String value) {
        space(6);
        lines(label, bold, 9.5f, GREY, 13);
        return lines(value == null || value.isBlank() ? "—" : value, regular, 11, DARK, 15);
    }

    public PdfLayout fields(Map<String, String> labelled) {
        labelled.forEach(this::field);
        return this;
    }

    private void space(float points) {
        y -= points;
    }

    private PdfLayout lines(String text, PDType0Font font, float size, float[] colour, float leading) {
        try {
            for (String paragraph : text.split("\n", -1)) {
                for (String line : wrap(paragraph, font, size)) {
                    if (y - leading < BOTTOM) {
                        newPage();
                    }
                    y -= leading;
                    content.beginText();
                    content.setNonStrokingColor(colour[0], colour[1], colour[2]);
                    content.setFont(font, size);
                    content.newLineAtOffset(MARGIN, y);
                    content.showText(line);
                    content.endText();
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String paragraph, PDType0Font font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
        if (pages.size() == 1) {
            content.beginText();
            content.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
            content.setFont(bold, 20);
            content.newLineAtOffset(MARGIN, TOP + 10);
            content.showText(header.title());
            content.endText();
            y = TOP - 16;
        }
    }

    /** Draws what every page carries, sets the metadata and returns the PDF/A-2b bytes. */
    public byte[] finish() {
        try {
            content.close();
            content = null;
            for (int i = 0; i < pages.size(); i++) {
                decorate(pages.get(i), i + 1, pages.size());
            }
            conformance();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void decorate(PDPage page, int number, int count) throws IOException {
        try (PDPageContentStream stream = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            float top = PDRectangle.A4.getHeight() - 40;
            stream.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
            stream.addRect(0, PDRectangle.A4.getHeight() - 8, PDRectangle.A4.getWidth(), 8);
            stream.fill();
            write(stream, bold, 10, DARK, MARGIN, top, header.issuer());
            String protocol = text("document.protocol", header.protocol());
            write(stream, bold, 10, DARK, PDRectangle.A4.getWidth() - MARGIN - bold.getStringWidth(protocol) / 100,
                    top, protocol);
            write(stream, regular, 9, GREY, MARGIN, top - 14, text("document.issuedAt", dateTime(header.issuedAt())));

            float qrSize = 64;
            qr(stream, header.verifyUrl(), MARGIN, 36, qrSize);
            write(stream, regular, 9, GREY, MARGIN + qrSize + 12, 36 + qrSize - 14, text("document.verifyAt"));
            write(stream, bold, 9, BLUE, MARGIN + qrSize + 12, 36 + qrSize - 28, header.verifyUrl());
            write(stream, regular, 9, GREY, MARGIN + qrSize + 12, 36 + qrSize - 42, header.protocol());
            String pageText = text("document.page", number, count);
            write(stream, regular, 9, GREY, PDRectangle.A4.getWidth() - MARGIN
                    - regular.getStringWidth(pageText) / 1000 * 9, 40, pageText);
        }
    }

    private static void write(PDPageContentStream stream, PDType0Font font, float size, float[] colour, float x,
            float y, String text) throws IOException {
        stream.beginText();
        stream.setNonStrokingColor(colour[0], colour[1], colour[2]);
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /** The QR code drawn as vector squares: no image, nothing transparent. */
    private static void qr(PDPageContentStream stream, String url, float x, float y, float size) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            float cell = size / matrix.getWidth();
            stream.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        stream.addRect(x + column * cell, y + size - (row + 1) * cell, cell, cell);
                    }
                }
            }
            stream.fill();
        } catch (WriterException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }

    /** PDF/A-2b: XMP identification matching the document information, sRGB output intent, a document id. */
    private void conformance() throws IOException {
        Calendar created = GregorianCalendar.from(header.issuedAt().atZone(ROME));
        created.setTimeZone(TimeZone.getTimeZone(ROME));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(header.title());
        info.setAuthor(header.issuer());
        info.setCreator("Sfide");
        info.setProducer("Sfide (Apache PDFBox)");
        info.setCreationDate(created);
        info.setModificationDate(created);
        info.setKeywords(header.protocol());

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(header.title());
        dc.addCreator(header.issuer());
        dc.setFormat("application/pdf");
        dc.setIdentifier(header.protocol());
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Sfide");
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer("Sfide (Apache PDFBox)");
        pdf.setKeywords(header.protocol());
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xml.toByteArray());
        catalog.setMetadata(metadata);
        catalog.setLanguage(header.locale().toLanguageTag());

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        byte[] digest = sha256(header.protocol() + "|" + header.issuedAt());
        byte[] fileId = java.util.Arrays.copyOf(digest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(fileId));
        ids.add(new COSString(fileId));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private PDType0Font font(String file) throws IOException {
        try (InputStream in = PdfLayout.class.getResourceAsStream("/it/sfide/document/fonts/" + file)) {
            if (in == null) {
                throw new IOException("font missing: " + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
