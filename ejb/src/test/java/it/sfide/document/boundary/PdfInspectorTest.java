package it.sfide.document.boundary;

import it.sfide.shared.SfideException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PdfInspectorTest {

    @Test
    void fileNamesKeepOnlyTheirLastSegmentWithoutControlOrDirectionCharacters() {
        assertEquals("passwd.pdf", PdfInspector.safeName("..\\../etc/\u0007pass\u202Ewd.pdf"));
        assertEquals("relazione.pdf", PdfInspector.safeName("C:\\Users\\me\\relazione.pdf"));
        assertEquals("htaccess.pdf", PdfInspector.safeName(".htaccess"));
        assertEquals("documento.pdf", PdfInspector.safeName("/"));
        assertEquals("documento.pdf", PdfInspector.safeName(null));
        assertEquals(200, PdfInspector.safeName("a".repeat(500) + ".pdf").length());
    }

    @Test
    void contentThatIsNotAPdfIsRefusedWhateverItsName() {
        assertEquals("proposal.error.fileNotPdf", assertThrows(SfideException.class,
                () -> PdfInspector.inspect("GIF89a".getBytes(), null)).messageKey());
        assertEquals("proposal.error.fileEmpty", assertThrows(SfideException.class,
                () -> PdfInspector.inspect(new byte[0], null)).messageKey());
        assertEquals("proposal.error.fileNotPdf", assertThrows(SfideException.class,
                () -> PdfInspector.inspect("%PDF-1.4 truncated".getBytes(), null)).messageKey());
    }

    @Test
    void aCompressionBombIsRefusedWhileItInflatesAndAnOrdinaryStreamPasses() throws IOException {
        assertEquals("proposal.error.fileBomb", assertThrows(SfideException.class,
                () -> PdfInspector.inspect(withStream(300), null)).messageKey(), "300 MB of zeros in a few hundred KB");
        assertEquals(1, PdfInspector.inspect(withStream(1), null).pages(), "1 MB inflated is an ordinary stream");
    }

    /** A one-page PDF with an extra Flate stream of this many megabytes of zeros. */
    private static byte[] withStream(int megabytes) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            COSStream stream = document.getDocument().createCOSStream();
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = stream.createRawOutputStream();
                    DeflaterOutputStream deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION),
                            1 << 16)) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < megabytes; i++) {
                    deflate.write(zeros);
                }
            }
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Extra"), stream);
            document.save(out);
            return out.toByteArray();
        }
    }
}
