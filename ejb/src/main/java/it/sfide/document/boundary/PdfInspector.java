package it.sfide.document.boundary;

import it.sfide.shared.SfideException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.InflaterInputStream;

/**
 * Checks an attachment by its content, never by its name: it must start like a PDF, parse with PDFBox, not be
 * encrypted, have at least one page and no more than the challenge's limit, and its compressed streams must not
 * inflate beyond a budget (a "PDF bomb": a small file that expands to gigabytes when read), and it must carry no
 * active content ({@link FileContents#requireNoActiveContent}: scripts, launch actions, embedded files). File names are
 * reduced to a safe last segment.
 */
public final class PdfInspector {

    /** Decoded bytes allowed per byte of file, and the floor and ceiling of that budget. */
    static final long INFLATION_RATIO = 50;
    static final long MIN_BUDGET = 64L * 1024 * 1024;
    static final long MAX_BUDGET = 1024L * 1024 * 1024;
    /** Image codecs are not decoded (their decoding is not a size hazard for the server and costs much). */
    private static final List<String> STOP_FILTERS = List.of("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode",
            "CCITTFaxDecode", "CCF");

    private PdfInspector() {
    }

    /** What the check found. */
    public record Inspection(int pages) {
    }

    public static Inspection inspect(byte[] content, Integer pageLimit) {
        if (content == null || content.length == 0) {
            throw SfideException.invalid("file", "proposal.error.fileEmpty");
        }
        if (!startsLikePdf(content)) {
            throw SfideException.invalid("file", "proposal.error.fileNotPdf");
        }
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
            if (document.isEncrypted()) {
                throw SfideException.invalid("file", "proposal.error.fileEncrypted");
            }
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw SfideException.invalid("file", "proposal.error.fileNotPdf");
            }
            if (pageLimit != null && pages > pageLimit) {
                throw SfideException.invalid("file", "proposal.error.tooManyPages", pages, pageLimit);
            }
            requireNoBomb(document, content.length);
            FileContents.requireNoActiveContent(document);
            return new Inspection(pages);
        } catch (InvalidPasswordException e) {
            throw SfideException.invalid("file", "proposal.error.fileEncrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof SfideException s) {
                throw s;
            }
            throw SfideException.invalid("file", "proposal.error.fileNotPdf");
        }
    }

    /** "%PDF-" within the first 1024 bytes, where readers look for it. */
    static boolean startsLikePdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static void requireNoBomb(PDDocument document, long fileSize) throws IOException {
        long budget = Math.min(MAX_BUDGET, Math.max(MIN_BUDGET, fileSize * INFLATION_RATIO));
        long decoded = 0;
        byte[] buffer = new byte[64 * 1024];
        for (COSObjectKey key : List.copyOf(document.getDocument().getXrefTable().keySet())) {
            COSObject object = document.getDocument().getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (!(base instanceof COSStream stream)) {
                continue;
            }
            try (InputStream in = decoded(stream)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    decoded += n;
                    if (decoded > budget) {
                        throw SfideException.invalid("file", "proposal.error.fileBomb");
                    }
                }
            } catch (IOException e) {
                // a damaged stream is the reader's problem, not a size hazard: PDF readers skip it too
            }
        }
    }

    /**
     * A stream's content as it decodes, read as it comes: a stream compressed with Flate alone (where bombs hide) is
     * inflated while it is counted, never held whole in memory (PDFBox decodes a stream completely before the first
     * byte can be read); any other is decoded by PDFBox, without the image codecs.
     */
    private static InputStream decoded(COSStream stream) throws IOException {
        COSBase filters = stream.getFilters();
        COSBase only = filters instanceof COSArray a && a.size() == 1 ? a.getObject(0) : filters;
        if (only instanceof COSName name && (COSName.FLATE_DECODE.equals(name) || COSName.FLATE_DECODE_ABBREVIATION
                .equals(name))) {
            return new InflaterInputStream(stream.createRawInputStream());
        }
        return new PDStream(stream).createInputStream(STOP_FILTERS);
    }

    /**
     * The name to keep: the last segment of what the browser sent (no folders), without control characters or
     * characters file systems refuse, at most 200 characters keeping the extension; never empty.
     */
    public static String safeName(String given) {
        String name = given == null ? "" : given;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\\p{Cf}:*?\"<>|]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "documento.pdf";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        if (name.length() > 200) {
            name = name.substring(0, 196).strip() + ".pdf";
        }
        return name;
    }
}
