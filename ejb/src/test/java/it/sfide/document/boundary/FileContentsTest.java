package it.sfide.document.boundary;

import it.sfide.shared.SfideException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.LinkedHashMap;
import java.util.Map;

import static it.sfide.testing.HostileFiles.docx;
import static it.sfide.testing.HostileFiles.pdf;
import static it.sfide.testing.HostileFiles.zip;
import static it.sfide.testing.HostileFiles.zipBomb;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileContentsTest {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    @Test
    void aPlainPdfIsAcceptedAndEveryKindOfActiveContentIsRefused() {
        assertDoesNotThrow(() -> FileContents.requireContent(PDF, pdf(d -> { })));
        assertRefused("document.error.fileActive", () -> FileContents.requireContent(PDF, pdf(d ->
                d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")))));
        assertRefused("document.error.fileActive", () -> FileContents.requireContent(PDF, pdf(d ->
                d.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, action("Launch")))));
        assertRefused("document.error.fileActive", () -> FileContents.requireContent(PDF, pdf(d ->
                d.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, names("JavaScript")))));
        assertRefused("document.error.fileActive", () -> FileContents.requireContent(PDF, pdf(d ->
                d.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, names("EmbeddedFiles")))));
        assertRefused("document.error.fileActive", () -> FileContents.requireContent(PDF, pdf(d -> {
            COSDictionary aa = new COSDictionary();
            aa.setItem(COSName.getPDFName("O"), action("JavaScript"));
            d.getPage(0).getCOSObject().setItem(COSName.AA, aa);
        })));
        assertRefused("document.error.fileActive", () -> FileContents.requireContent(PDF, pdf(d -> {
            COSDictionary form = new COSDictionary();
            form.setItem(COSName.getPDFName("XFA"), new COSArray());
            d.getDocumentCatalog().getCOSObject().setItem(COSName.ACRO_FORM, form);
        })));
        assertRefused("document.error.fileActive", () -> FileContents.requireContent(PDF, pdf(d -> {
            COSDictionary media = new COSDictionary();
            media.setName(COSName.SUBTYPE, "RichMedia");
            COSArray annotations = new COSArray();
            annotations.add(media);
            d.getPage(0).getCOSObject().setItem(COSName.ANNOTS, annotations);
        })));
    }

    @Test
    void contentThatIsNotOfItsTypeIsRefused() {
        assertRefused("document.error.fileMismatch", () -> FileContents.requireContent(PDF, "GIF89a".getBytes()));
        assertRefused("document.error.fileMismatch", () -> FileContents.requireContent("image/png", pdf(d -> { })));
        assertRefused("document.error.fileMismatch", () -> FileContents.requireContent("image/jpeg",
                "<script>".getBytes()));
        assertRefused("document.error.fileMismatch", () -> FileContents.requireContent("text/plain",
                new byte[] {'a', 0, 'b'}));
        assertRefused("document.error.fileMismatch", () -> FileContents.requireContent(DOCX,
                "not a zip".getBytes()));
        assertRefused("document.error.fileMismatch", () -> FileContents.requireContent(DOCX,
                zip(Map.of("readme.txt", "ciao".getBytes()))));
        assertRefused("document.error.fileMismatch", () -> FileContents.requireContent(ODT, docx()));
        assertRefused("document.error.fileMismatch", () -> FileContents.requireContent("application/x-msdownload",
                "MZ".getBytes()));
        assertDoesNotThrow(() -> FileContents.requireContent("text/csv", "a;b\n1;2\n".getBytes()));
        assertDoesNotThrow(() -> FileContents.requireContent("image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
    }

    @Test
    void realOfficeDocumentsAreAcceptedAndBombsAndMacrosAreNot() {
        assertDoesNotThrow(() -> FileContents.requireContent(DOCX, docx()));
        assertDoesNotThrow(() -> FileContents.requireContent(ODT, zip(Map.of("mimetype", ODT.getBytes(),
                "content.xml", "<office:document-content/>".getBytes()))));
        assertRefused("document.error.fileBomb", () -> FileContents.requireContent(DOCX, zipBomb(300)));
        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put("[Content_Types].xml", "<Types/>".getBytes());
        for (int i = 0; i <= FileContents.MAX_ENTRIES; i++) {
            many.put("word/part" + i + ".xml", new byte[0]);
        }
        assertRefused("document.error.fileBomb", () -> FileContents.requireContent(DOCX, zip(many)));
        Map<String, byte[]> macros = new LinkedHashMap<>();
        macros.put("[Content_Types].xml", "<Types/>".getBytes());
        macros.put("word/document.xml", "<w:document/>".getBytes());
        macros.put("word/vbaProject.bin", new byte[] {1, 2, 3});
        assertRefused("document.error.fileMacros", () -> FileContents.requireContent(DOCX, zip(macros)));
    }

    private static COSDictionary action(String kind) {
        COSDictionary action = new COSDictionary();
        action.setName(COSName.S, kind);
        action.setItem(COSName.F, new COSString("calc.exe"));
        return action;
    }

    private static COSDictionary names(String tree) {
        COSArray pairs = new COSArray();
        pairs.add(new COSString("x"));
        pairs.add(new COSDictionary());
        COSDictionary node = new COSDictionary();
        node.setItem(COSName.NAMES, pairs);
        COSDictionary names = new COSDictionary();
        names.setItem(COSName.getPDFName(tree), node);
        return names;
    }

    private static void assertRefused(String key, Executable check) {
        SfideException refused = assertThrows(SfideException.class, check);
        assertEquals(key, refused.messageKey());
        assertEquals("file", refused.field());
    }
}
