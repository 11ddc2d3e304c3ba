package it.sfide.document.control;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * What every document shares, prepared once per server: Titillium Web in two weights, embedded as a fixed subset
 * (Latin, Latin-1, Latin Extended-A, common punctuation and the euro sign: what Italian and English texts need),
 * with glyph ids and widths looked up in arrays instead of parsing fonts per document; and a template PDF holding
 * the embedded fonts as inherited page resources and the sRGB output intent. Each document starts as a copy of the
 * template, so nothing mutable is shared between threads.
 */
final class PdfFonts {

    /** The two weights, with their resource names in the template's page tree. */
    enum Face {
        REGULAR("TitilliumWeb-Regular.ttf", "R"), BOLD("TitilliumWeb-SemiBold.ttf", "B");

        final String file;
        final String resource;

        Face(String file, String resource) {
            this.file = file;
            this.resource = resource;
        }
    }

    private static final int LIMIT = 0x2200;
    private static final int[][] RANGES = {{0x20, 0x7E}, {0xA0, 0x17F}, {0x2010, 0x2027}, {0x2030, 0x203A},
            {0x20AC, 0x20AC}, {0x2122, 0x2122}};
    private static final PdfFonts INSTANCE = new PdfFonts();

    /** Per face, per code point below LIMIT: the glyph id, or 0 when the character is not embedded. */
    private final int[][] glyphs = new int[Face.values().length][LIMIT];
    /** Per face, per code point: the advance width in thousandths of the font size. */
    private final float[][] widths = new float[Face.values().length][LIMIT];
    private final Parsed parsed;

    private PdfFonts() {
        try (PDDocument document = new PDDocument()) {
            PDResources resources = new PDResources();
            for (Face face : Face.values()) {
                PDType0Font font = load(document, face);
                resources.put(COSName.getPDFName(face.resource), font);
            }
            document.getPages().getCOSObject().setItem(COSName.RESOURCES, resources.getCOSObject());
            PDOutputIntent intent = new PDOutputIntent(document,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            document.getDocumentCatalog().addOutputIntent(intent);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            parsed = new Parsed(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the document fonts", e);
        }
    }

    private PDType0Font load(PDDocument document, Face face) throws IOException {
        byte[] bytes;
        try (InputStream in = PdfFonts.class.getResourceAsStream("/it/sfide/document/fonts/" + face.file)) {
            if (in == null) {
                throw new IOException("font missing: " + face.file);
            }
            bytes = in.readAllBytes();
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        PDType0Font font = PDType0Font.load(document, ttf, true);
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        float scale = 1000f / ttf.getUnitsPerEm();
        for (int[] range : RANGES) {
            for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
                int gid = cmap.getGlyphId(codePoint);
                if (gid > 0) {
                    font.addToSubset(codePoint);
                    glyphs[face.ordinal()][codePoint] = gid;
                    widths[face.ordinal()][codePoint] = ttf.getAdvanceWidth(gid) * scale;
                }
            }
        }
        font.subset();
        return font;
    }

    /**
     * A new document holding a copy of the template's objects (the fonts as inherited page resources, the output
     * intent): copied from the template parsed once, which is much cheaper than parsing it for every document.
     * Nothing of the parsed template is shared with the copy, so documents made in parallel never touch the same
     * objects.
     */
    static PDDocument newDocument() {
        PDDocument document = new PDDocument();
        Parsed parsed = INSTANCE.parsed;
        java.util.Map<COSBase, COSBase> copies = new java.util.IdentityHashMap<>();
        document.getPages().getCOSObject().setItem(COSName.RESOURCES, parsed.copy(parsed.resources, copies));
        document.getDocumentCatalog().getCOSObject().setItem(COSName.OUTPUT_INTENTS,
                parsed.copy(parsed.outputIntents, copies));
        return document;
    }

    /** The template, parsed and fully resolved once, with each stream's encoded bytes read out. */
    private static final class Parsed {

        final COSBase resources;
        final COSBase outputIntents;
        private final java.util.Map<COSStream, byte[]> streams = new java.util.IdentityHashMap<>();

        Parsed(byte[] template) throws IOException {
            PDDocument document = org.apache.pdfbox.Loader.loadPDF(template);
            resources = document.getPages().getCOSObject().getItem(COSName.RESOURCES);
            outputIntents = document.getDocumentCatalog().getCOSObject().getItem(COSName.OUTPUT_INTENTS);
            resolve(resources, new java.util.HashSet<>());
            resolve(outputIntents, new java.util.HashSet<>());
            // the parsed objects stay in memory; the document is not used again
        }

        private void resolve(COSBase base, java.util.Set<COSBase> seen) throws IOException {
            COSBase object = base instanceof COSObject reference ? reference.getObject() : base;
            if (object == null || !seen.add(object)) {
                return;
            }
            if (object instanceof COSStream stream) {
                try (InputStream in = stream.createRawInputStream()) {
                    streams.put(stream, in.readAllBytes());
                }
            }
            if (object instanceof COSDictionary dictionary) {
                for (COSName key : dictionary.keySet()) {
                    resolve(dictionary.getItem(key), seen);
                }
            } else if (object instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    resolve(array.get(i), seen);
                }
            }
        }

        /** A deep copy: dictionaries, arrays and streams anew (references kept indirect), values shared. */
        COSBase copy(COSBase base, java.util.Map<COSBase, COSBase> copies) {
            boolean indirect = base instanceof COSObject;
            COSBase object = indirect ? ((COSObject) base).getObject() : base;
            COSBase done = copies.get(object);
            if (done != null) {
                return done;
            }
            if (object instanceof COSStream stream) {
                COSStream copy = new COSStream();
                copies.put(object, copy);
                for (COSName key : stream.keySet()) {
                    if (!COSName.LENGTH.equals(key)) {
                        copy.setItem(key, copy(stream.getItem(key), copies));
                    }
                }
                try (java.io.OutputStream out = copy.createRawOutputStream()) {
                    out.write(streams.get(stream));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return copy;
            }
            if (object instanceof COSDictionary dictionary) {
                COSDictionary copy = new COSDictionary();
                copies.put(object, copy);
                for (COSName key : dictionary.keySet()) {
                    copy.setItem(key, copy(dictionary.getItem(key), copies));
                }
                copy.setDirect(!indirect);
                return copy;
            }
            if (object instanceof COSArray array) {
                COSArray copy = new COSArray();
                copies.put(object, copy);
                for (int i = 0; i < array.size(); i++) {
                    copy.add(copy(array.get(i), copies));
                }
                copy.setDirect(!indirect);
                return copy;
            }
            return object;
        }
    }

    /** The text as the font can show it: missing characters lose their accents, or become a question mark. */
    static String printable(Face face, String text) {
        int[] glyphs = INSTANCE.glyphs[face.ordinal()];
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < LIMIT && glyphs[c] > 0) {
                result.appendCodePoint(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                result.append(' ');
            } else {
                String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                boolean shown = !base.isEmpty() && base.codePoints().allMatch(b -> b < LIMIT && glyphs[b] > 0);
                result.append(shown ? base : "?");
            }
        });
        return result.toString();
    }

    /** The width of printable text at the given size, in points. */
    static float width(Face face, String printable, float size) {
        float[] widths = INSTANCE.widths[face.ordinal()];
        float total = 0;
        for (int i = 0; i < printable.length(); i++) {
            total += widths[printable.charAt(i)];
        }
        return total * size / 1000f;
    }

    /** Printable text as a hexadecimal string of glyph ids (Identity-H), ready for the Tj operator. */
    static void encode(Face face, String printable, StringBuilder out) {
        int[] glyphs = INSTANCE.glyphs[face.ordinal()];
        out.append('<');
        for (int i = 0; i < printable.length(); i++) {
            int gid = glyphs[printable.charAt(i)];
            out.append(HEX[(gid >> 12) & 0xF]).append(HEX[(gid >> 8) & 0xF]).append(HEX[(gid >> 4) & 0xF])
                    .append(HEX[gid & 0xF]);
        }
        out.append('>');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
