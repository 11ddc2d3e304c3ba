package it.sfide.document.boundary;

import it.sfide.shared.SfideException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Uploaded files judged by their content, never by their name or declared type: a file must really be what its
 * type says (PDF, office document, image, text); a PDF must carry no active content (JavaScript, launch actions,
 * embedded files, rich media, XFA forms); an office document (a zip container) must have the structure of its
 * format, no macros, and stay within limits of entries and of inflated size, counted while streaming through it,
 * never inflated into memory (a "zip bomb"). Refusals are {@code invalid} on the field {@code file}.
 */
public final class FileContents {

    /** Entries, total inflated bytes and inflated bytes per compressed byte allowed in an office document. */
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_INFLATED = 200L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    private static final long RATIO_FLOOR = 1024L * 1024;
    /** Objects looked at in a PDF before giving up as unreasonable. */
    private static final int MAX_PDF_OBJECTS = 2_000_000;

    private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "RichMediaExecute",
            "ImportData", "Rendition", "Movie", "Sound");
    private static final Set<String> ACTIVE_TYPES = Set.of("EmbeddedFile", "RichMedia", "FileAttachment",
            "Movie", "Sound", "Screen", "3D");
    private static final Set<String> ACTIVE_KEYS = Set.of("JS", "JavaScript", "EmbeddedFiles", "EmbeddedFile", "XFA",
            "RichMediaContent", "EF");

    private FileContents() {
    }

    /** The office formats known: the folder (OOXML) or the mimetype entry (ODF) their container must have. */
    private enum Office {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/", null),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/", null),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/", null),
        ODT("application/vnd.oasis.opendocument.text", null, "application/vnd.oasis.opendocument.text"),
        ODS("application/vnd.oasis.opendocument.spreadsheet", null, "application/vnd.oasis.opendocument.spreadsheet"),
        ODP("application/vnd.oasis.opendocument.presentation", null,
                "application/vnd.oasis.opendocument.presentation");

        final String contentType;
        final String folder;
        final String mimetype;

        Office(String contentType, String folder, String mimetype) {
            this.contentType = contentType;
            this.folder = folder;
            this.mimetype = mimetype;
        }
    }

    /**
     * Refuses content that is not what {@code contentType} says, or is hazardous: PDFs that do not parse or carry
     * active content, office documents that are not real containers of their format or are decompression bombs,
     * images without their format's signature, text with binary bytes.
     */
    public static void requireContent(String contentType, byte[] content) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        switch (type) {
            case "application/pdf" -> requirePdf(content);
            case "image/png" -> requireSignature(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
            case "image/jpeg" -> requireSignature(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "text/plain", "text/csv" -> requireText(content);
            default -> requireOffice(List.of(Office.values()).stream().filter(o -> o.contentType.equals(type))
                    .findFirst().orElseThrow(() -> mismatch()), content);
        }
    }

    /** Refuses a parsed PDF that carries active content: scripts, launch actions, embedded files, media, XFA. */
    public static void requireNoActiveContent(PDDocument document) {
        COSDocument cos = document.getDocument();
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(cos.getTrailer());
        for (COSObjectKey key : List.copyOf(cos.getXrefTable().keySet())) {
            COSObject object = cos.getObjectFromPool(key);
            if (object != null) {
                todo.push(object);
            }
        }
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject object) {
                base = object.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (seen.size() > MAX_PDF_OBJECTS) {
                throw SfideException.invalid("file", "document.error.fileActive");
            }
            if (base instanceof COSDictionary dictionary) {
                if (isActive(dictionary)) {
                    throw SfideException.invalid("file", "document.error.fileActive");
                }
                dictionary.getValues().forEach(todo::push);
            } else if (base instanceof COSArray array) {
                array.forEach(todo::push);
            }
        }
    }

    private static boolean isActive(COSDictionary dictionary) {
        for (COSName key : dictionary.keySet()) {
            if (ACTIVE_KEYS.contains(key.getName())) {
                return true;
            }
        }
        return ACTIVE_ACTIONS.contains(nameOf(dictionary, COSName.S))
                || ACTIVE_TYPES.contains(nameOf(dictionary, COSName.TYPE))
                || ACTIVE_TYPES.contains(nameOf(dictionary, COSName.SUBTYPE));
    }

    private static String nameOf(COSDictionary dictionary, COSName key) {
        return dictionary.getDictionaryObject(key) instanceof COSName name ? name.getName() : "";
    }

    private static void requirePdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw mismatch();
        }
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
            if (document.isEncrypted() || document.getNumberOfPages() < 1) {
                throw mismatch();
            }
            requireNoActiveContent(document);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SfideException s) {
                throw s;
            }
            throw mismatch();
        }
    }

    private static void requireSignature(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            throw mismatch();
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                throw mismatch();
            }
        }
    }

    /** Text has no NUL bytes (binary files do) and does not start like a container or a PDF. */
    private static void requireText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw mismatch();
            }
        }
        String head = new String(content, 0, Math.min(content.length, 8), StandardCharsets.ISO_8859_1);
        if (head.startsWith("PK\u0003\u0004") || head.startsWith("%PDF-")) {
            throw mismatch();
        }
    }

    /**
     * An office document: a zip whose entries, read one by one through a small buffer, stay within the limits,
     * with the structure of its format and no macros.
     */
    private static void requireOffice(Office format, byte[] content) {
        boolean structure = false;
        boolean contentTypes = false;
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb();
                }
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.startsWith("basic/") || lower.startsWith("scripts/")) {
                    throw SfideException.invalid("file", "document.error.fileMacros");
                }
                contentTypes |= name.equals("[Content_Types].xml");
                structure |= format.folder != null && name.startsWith(format.folder);
                long before = inflated;
                ByteArrayBuilder mimetype = format.mimetype != null && name.equals("mimetype")
                        ? new ByteArrayBuilder() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > MAX_INFLATED
                            || inflated > Math.max(RATIO_FLOOR, (long) content.length * MAX_RATIO)) {
                        throw bomb();
                    }
                    if (mimetype != null) {
                        mimetype.add(buffer, n);
                    }
                }
                if (mimetype != null) {
                    structure = format.mimetype.equals(mimetype.text().strip());
                }
                if (entry.getCompressedSize() > 0 && inflated - before > RATIO_FLOOR
                        && (inflated - before) / entry.getCompressedSize() > MAX_RATIO) {
                    throw bomb();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SfideException s) {
                throw s;
            }
            throw mismatch();
        }
        if (entries == 0 || !structure || (format.folder != null && !contentTypes)) {
            throw mismatch();
        }
    }

    /** The first bytes of a small entry (the ODF mimetype). */
    private static final class ByteArrayBuilder {
        private final byte[] bytes = new byte[200];
        private int length;

        void add(byte[] buffer, int n) {
            int take = Math.min(n, bytes.length - length);
            System.arraycopy(buffer, 0, bytes, length, take);
            length += take;
        }

        String text() {
            return new String(bytes, 0, length, StandardCharsets.US_ASCII);
        }
    }

    private static SfideException mismatch() {
        return SfideException.invalid("file", "document.error.fileMismatch");
    }

    private static SfideException bomb() {
        return SfideException.invalid("file", "document.error.fileBomb");
    }
}
