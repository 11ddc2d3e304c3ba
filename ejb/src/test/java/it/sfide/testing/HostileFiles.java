package it.sfide.testing;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile-input corpus of files: active PDFs, zip bombs, office documents that are not; and the builders of
 * such files, shared by the unit tests of the checks and the integration tests of the portal (EJB test jar).
 */
public final class HostileFiles {

    /** Strings that would run as script if a page echoed them unescaped. */
    public static final List<String> XSS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)", "<svg/onload=alert(1)>");

    private HostileFiles() {
    }

    /** One-page PDFs each carrying one kind of active content: JavaScript on opening, a launch action, an embedded file. */
    public static Map<String, byte[]> activePdfs() {
        return Map.of("javascript.pdf", pdf(d -> d.getDocumentCatalog().setOpenAction(
                        new PDActionJavaScript("app.alert('x')"))),
                "launch.pdf", pdf(d -> {
                    COSDictionary launch = new COSDictionary();
                    launch.setName(COSName.S, "Launch");
                    launch.setItem(COSName.F, new COSString("cmd.exe"));
                    d.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, launch);
                }),
                "allegato.pdf", pdf(d -> {
                    COSArray pairs = new COSArray();
                    pairs.add(new COSString("virus.exe"));
                    pairs.add(new COSDictionary());
                    COSDictionary tree = new COSDictionary();
                    tree.setItem(COSName.NAMES, pairs);
                    COSDictionary names = new COSDictionary();
                    names.setItem(COSName.getPDFName("EmbeddedFiles"), tree);
                    d.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, names);
                }));
    }

    /** A "docx" whose document inflates to {@code megabytes} MB of zeros. */
    public static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal real docx container. */
    public static byte[] docx() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** A zip of these entries, in this order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF, changed by {@code change} before it is saved. */
    public static byte[] pdf(Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
