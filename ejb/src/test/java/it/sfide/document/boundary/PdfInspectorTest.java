package it.sfide.document.boundary;

import it.sfide.shared.SfideException;
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
}
