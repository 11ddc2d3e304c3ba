package it.sfide.document.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import it.sfide.document.control.PdfFonts.Face;
import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;
import it.sfide.platform.i18n.Texts;
import it.sfide.shared.Digests;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
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
 * <p>
 * Documents start from the template of {@link PdfFonts} (fonts and output intent prepared once) and their page
 * content is written directly as PDF operators, so issuing a document costs one parse of a small template and one
 * save; {@link #finish(Seal)} seals in that same save.
 */
public final class PdfLayout implements DocumentLayout, AutoCloseable {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float MARGIN = 56;
    private static final float TOP = PAGE_HEIGHT - 110;
    private static final float BOTTOM = 120;
    private static final float WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final float[] BLUE = {0f, 0.4f, 0.8f};
    private static final float[] DARK = {0.1f, 0.12f, 0.14f};
    private static final float[] GREY = {0.35f, 0.38f, 0.42f};

    private final DocumentHeader header;
    private final PDDocument document;
    private final List<StringBuilder> pages = new ArrayList<>();
    private StringBuilder content;
    private float y;

    private PdfLayout(DocumentHeader header) throws IOException {
        this.header = header;
        this.document = PdfFonts.newDocument();
        newPage();
    }

    /** The finished PDF/A-2b document of a renderer, with its signature block, sealed as it is saved (PAdES LT). */
    public static <T> byte[] render(DocumentRenderer<T> renderer, T record, DocumentHeader header, Seal seal) {
        try (PdfLayout layout = start(header)) {
            renderer.write(record, layout);
            layout.signatureBlock(seal, renderer.personalSignatures());
            return layout.finish(seal);
        }
    }

    /** The finished PDF/A-2b document of a renderer, unsigned. */
    public static <T> byte[] render(DocumentRenderer<T> renderer, T record, DocumentHeader header) {
        try (PdfLayout layout = start(header)) {
            renderer.write(record, layout);
            return layout.finish();
        }
    }

    public static PdfLayout start(DocumentHeader header) {
        try {
            return new PdfLayout(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text of the bundle, in the recipient's language. */
    @Override
    public String text(String key, Object... args) {
        return Texts.get(header.locale(), key, args);
    }

    /** A date and time in Europe/Rome, written in the recipient's language. */
    @Override
    public String dateTime(Instant instant) {
        return DATE_TIMES.computeIfAbsent(header.locale(), locale -> DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale).withZone(ROME))
                .format(instant);
    }

    /** An instant to the millisecond, in Europe/Rome and in UTC, for records where the exact time counts. */
    @Override
    public String exactTime(Instant instant) {
        return EXACT.format(instant) + " (Europe/Rome) — " + instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                + " UTC";
    }

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss.SSS")
            .withZone(ROME);

    private static final Map<java.util.Locale, DateTimeFormatter> DATE_TIMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public PdfLayout heading(String text) {
        space(10);
        return lines(text, Face.BOLD, 15, DARK, 20);
    }

    @Override
    public PdfLayout paragraph(String text) {
        space(4);
        return lines(text, Face.REGULAR, 11, DARK, 16);
    }

    /** A label and its value, one under the other. */
    @Override
    public PdfLayout field(String label, String value) {
        space(6);
        lines(label, Face.BOLD, 9.5f, GREY, 13);
        return lines(value == null || value.isBlank() ? "—" : value, Face.REGULAR, 11, DARK, 15);
    }

    @Override
    public PdfLayout fields(Map<String, String> labelled) {
        labelled.forEach(this::field);
        return this;
    }

    private void space(float points) {
        y -= points;
    }

    private PdfLayout lines(String text, Face face, float size, float[] colour, float leading) {
        // split before making the text printable, which turns every white space, line breaks too, into a space
        for (String paragraph : text.split("\n", -1)) {
            for (String line : wrap(PdfFonts.printable(face, paragraph), face, size)) {
                if (y - leading < BOTTOM) {
                    newPage();
                }
                y -= leading;
                write(content, face, size, colour, MARGIN, y, line);
            }
        }
        return this;
    }

    /** Lines that fit the width; a word longer than a line is cut where it overflows. */
    private static List<String> wrap(String paragraph, Face face, float size) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (PdfFonts.width(face, candidate, size) <= WIDTH) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (PdfFonts.width(face, line, size) > WIDTH && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && PdfFonts.width(face, line.substring(0, cut), size) > WIDTH) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        lines.add(line);
        return lines;
    }

    /** The page key under which the free signature boxes of a page are recorded: [x y width height] each. */
    static final COSName SIGNATURE_BOXES = COSName.getPDFName("SfideSignatureBoxes");
    static final float BOX_WIDTH = 260;
    static final float BOX_HEIGHT = 40;

    /** Per page index, the free signature boxes kept on it. */
    private final Map<Integer, List<float[]>> boxes = new java.util.HashMap<>();

    /**
     * The document's signature block: who sealed it, in what capacity and when (the seal itself is the invisible
     * signature made as the document is saved), then the given number of free boxes where the people who sign
     * later get their visible signature.
     */
    public PdfLayout signatureBlock(Seal seal, int personalSignatures) {
        float needed = 20 + 13 * 2 + personalSignatures * (BOX_HEIGHT + 8);
        if (y - needed < BOTTOM) {
            newPage();
        }
        heading(text("document.signatures"));
        lines(text("document.signatures.seal", seal.signer().name(), seal.signer().role(), dateTime(seal.time())),
                Face.REGULAR, 9.5f, GREY, 13);
        for (int i = 0; i < personalSignatures; i++) {
            y -= BOX_HEIGHT + 8;
            boxes.computeIfAbsent(pages.size() - 1, p -> new ArrayList<>())
                    .add(new float[] {MARGIN, y, BOX_WIDTH, BOX_HEIGHT});
        }
        return this;
    }

    private void newPage() {
        content = new StringBuilder(4096);
        pages.add(content);
        y = TOP;
        if (pages.size() == 1) {
            write(content, Face.BOLD, 20, BLUE, MARGIN, TOP + 10, PdfFonts.printable(Face.BOLD, header.title()));
            y = TOP - 16;
        }
    }

    /** The unsigned PDF/A-2b bytes. */
    public byte[] finish() {
        try {
            prepare();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF/A-2b bytes sealed in the same save: PAdES baseline LT, see {@link PdfSealer}. */
    public byte[] finish(Seal seal) {
        try {
            prepare();
            return PdfSealer.sealOnSave(document, document.getPage(0), seal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prepare() throws IOException {
        // the template keeps the fonts in its page tree; each page names them explicitly (PDF/A)
        COSDictionary template = document.getPages().getCOSObject().getCOSDictionary(COSName.RESOURCES);
        document.getPages().getCOSObject().removeItem(COSName.RESOURCES);
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.FONT, template.getDictionaryObject(COSName.FONT));
        COSDictionary images = new COSDictionary();
        images.setItem(COSName.getPDFName("QR"), qrImage(header.verifyUrl()));
        resources.setItem(COSName.XOBJECT, images);
        resources.setDirect(false);
        for (int i = 0; i < pages.size(); i++) {
            StringBuilder page = pages.get(i);
            decorate(page, i + 1, pages.size());
            PDPage pdPage = new PDPage(PDRectangle.A4);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(page.toString().getBytes(StandardCharsets.US_ASCII));
            }
            pdPage.getCOSObject().setItem(COSName.CONTENTS, stream);
            pdPage.getCOSObject().setItem(COSName.RESOURCES, resources);
            if (boxes.containsKey(i)) {
                COSArray list = new COSArray();
                for (float[] box : boxes.get(i)) {
                    COSArray rectangle = new COSArray();
                    for (float value : box) {
                        rectangle.add(new org.apache.pdfbox.cos.COSFloat(value));
                    }
                    list.add(rectangle);
                }
                pdPage.getCOSObject().setItem(SIGNATURE_BOXES, list);
            }
            document.addPage(pdPage);
        }
        conformance();
    }

    private void decorate(StringBuilder page, int number, int count) {
        float top = PAGE_HEIGHT - 40;
        colour(page, BLUE);
        rect(page, 0, PAGE_HEIGHT - 8, PAGE_WIDTH, 8);
        page.append("f\n");
        write(page, Face.BOLD, 10, DARK, MARGIN, top, PdfFonts.printable(Face.BOLD, header.issuer()));
        String protocol = PdfFonts.printable(Face.BOLD, text("document.protocol", header.protocol()));
        write(page, Face.BOLD, 10, DARK, PAGE_WIDTH - MARGIN - PdfFonts.width(Face.BOLD, protocol, 10), top,
                protocol);
        write(page, Face.REGULAR, 9, GREY, MARGIN, top - 14,
                PdfFonts.printable(Face.REGULAR, text("document.issuedAt", dateTime(header.issuedAt()))));

        float qrSize = 64;
        qr(page, MARGIN, 36, qrSize);
        float x = MARGIN + qrSize + 12;
        write(page, Face.REGULAR, 9, GREY, x, 36 + qrSize - 14,
                PdfFonts.printable(Face.REGULAR, text("document.verifyAt")));
        write(page, Face.BOLD, 9, BLUE, x, 36 + qrSize - 28, PdfFonts.printable(Face.BOLD, header.verifyUrl()));
        write(page, Face.REGULAR, 9, GREY, x, 36 + qrSize - 42, PdfFonts.printable(Face.REGULAR, header.protocol()));
        String pageText = PdfFonts.printable(Face.REGULAR, text("document.page", number, count));
        write(page, Face.REGULAR, 9, GREY, PAGE_WIDTH - MARGIN - PdfFonts.width(Face.REGULAR, pageText, 9), 40,
                pageText);
    }

    /** One line of printable text. */
    static void write(StringBuilder page, Face face, float size, float[] colour, float x, float y,
            String printable) {
        colour(page, colour);
        page.append("BT /").append(face.resource).append(' ');
        number(page, size).append(" Tf ");
        number(page, x).append(' ');
        number(page, y).append(" Td ");
        PdfFonts.encode(face, printable, page);
        page.append(" Tj ET\n");
    }

    private static void colour(StringBuilder page, float[] colour) {
        number(page, colour[0]).append(' ');
        number(page, colour[1]).append(' ');
        number(page, colour[2]).append(" rg\n");
    }

    private static void rect(StringBuilder page, float x, float y, float width, float height) {
        number(page, x).append(' ');
        number(page, y).append(' ');
        number(page, width).append(' ');
        number(page, height).append(" re\n");
    }

    /** A number with at most three decimals, as PDF operands are written. */
    private static StringBuilder number(StringBuilder page, float value) {
        long thousandths = Math.round(value * 1000.0);
        if (thousandths < 0) {
            page.append('-');
            thousandths = -thousandths;
        }
        page.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            page.append('.');
            if (fraction < 100) {
                page.append('0');
            }
            if (fraction < 10) {
                page.append('0');
            }
            while (fraction % 10 == 0) {
                fraction /= 10;
            }
            page.append(fraction);
        }
        return page;
    }

    /**
     * The QR code as a one-bit image mask painted in black (no transparency, no interpolation: PDF/A), with a fixed
     * mask pattern so that encoding does not try all eight.
     */
    private COSStream qrImage(String url) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.QR_MASK_PATTERN, 0));
            int width = matrix.getWidth();
            int rowBytes = (width + 7) / 8;
            byte[] bits = new byte[rowBytes * matrix.getHeight()];
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < width; column++) {
                    if (!matrix.get(column, row)) {
                        // an image mask paints where a sample is 0: light modules are 1
                        bits[row * rowBytes + column / 8] |= (byte) (0x80 >> (column % 8));
                    }
                }
                for (int column = width; column < rowBytes * 8; column++) {
                    bits[row * rowBytes + column / 8] |= (byte) (0x80 >> (column % 8));
                }
            }
            COSStream image = document.getDocument().createCOSStream();
            image.setItem(COSName.TYPE, COSName.XOBJECT);
            image.setItem(COSName.SUBTYPE, COSName.IMAGE);
            image.setInt(COSName.WIDTH, width);
            image.setInt(COSName.HEIGHT, matrix.getHeight());
            image.setBoolean(COSName.IMAGE_MASK, true);
            image.setInt(COSName.BITS_PER_COMPONENT, 1);
            try (OutputStream out = image.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(bits);
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }

    /** Paints the QR code image, black, in a square. */
    private static void qr(StringBuilder page, float x, float y, float size) {
        page.append("q 0 0 0 rg ");
        number(page, size).append(" 0 0 ");
        number(page, size).append(' ');
        number(page, x).append(' ');
        number(page, y).append(" cm /QR Do Q\n");
    }

    /** PDF/A-2b: XMP identification matching the document information, a language, a document id. */
    private void conformance() throws IOException {
        Instant issued = header.issuedAt().truncatedTo(ChronoUnit.SECONDS);
        Calendar created = GregorianCalendar.from(issued.atZone(ROME));
        created.setTimeZone(TimeZone.getTimeZone(ROME));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(header.title());
        info.setAuthor(header.issuer());
        info.setCreator("Sfide");
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
        info.setKeywords(header.protocol());

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        try (OutputStream out = metadata.getCOSObject().createOutputStream()) {
            out.write(xmp(issued).getBytes(StandardCharsets.UTF_8));
        }
        catalog.setMetadata(metadata);
        catalog.setLanguage(header.locale().toLanguageTag());

        byte[] fileId = java.util.Arrays.copyOf(Digests.sha256((header.protocol() + "|" + header.issuedAt()).getBytes(StandardCharsets.UTF_8)), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(fileId));
        ids.add(new COSString(fileId));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static final String PRODUCER = "Sfide (Apache PDFBox)";

    /** The XMP packet: Dublin Core, XMP basic and Adobe PDF properties equal to the document information. */
    private String xmp(Instant issued) {
        String date = OffsetDateTime.ofInstant(issued, ROME).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String title = xml(header.title());
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:identifier>" + xml(header.protocol()) + "</dc:identifier>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + title + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(header.issuer()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreatorTool>Sfide</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "<pdf:Keywords>" + xml(header.protocol()) + "</pdf:Keywords>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n"
                + "<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
