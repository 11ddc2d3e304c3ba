package it.sfide.proposal.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a blind evaluation needs from a proposal's files: whether a text or a PDF's metadata names the applicant or
 * a partner, and a copy of a PDF without the metadata that usually names its author (document information,
 * XMP).
 */
public final class AnonymityScan {

    /** Names shorter than this are not looked for: too many false alarms ("AB"). */
    private static final int SHORTEST_NAME = 4;

    private AnonymityScan() {
    }

    /** The names among {@code names} that the text contains, compared without case and accents. */
    public static Set<String> named(String text, List<String> names) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String haystack = fold(text);
        for (String name : names) {
            String needle = name == null ? "" : fold(name);
            if (needle.length() >= SHORTEST_NAME && haystack.contains(needle)) {
                found.add(name);
            }
        }
        return found;
    }

    /** The text of a PDF's pages and, apart, its metadata (information dictionary and XMP) as one string. */
    public record PdfText(String pages, String metadata) {
    }

    public static PdfText text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(document.getNumberOfPages(), 200));
            String pages = stripper.getText(document);
            PDDocumentInformation info = document.getDocumentInformation();
            List<String> meta = new ArrayList<>();
            Stream.of(info.getAuthor(), info.getTitle(), info.getSubject(), info.getKeywords(), info.getCreator(),
                    info.getProducer()).filter(s -> s != null && !s.isBlank()).forEach(meta::add);
            if (document.getDocumentCatalog().getMetadata() != null) {
                meta.add(new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            return new PdfText(pages, String.join("\n", meta));
        } catch (IOException e) {
            return new PdfText("", "");
        }
    }

    /** A copy without the information dictionary's entries and the XMP metadata; the pages are unchanged. */
    public static byte[] withoutMetadata(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocumentCatalog().setMetadata(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Stream.of(n.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.joining(" ", " ", " "));
    }
}
