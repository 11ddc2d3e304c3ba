package it.sfide.document.control;

/**
 * One document type: turns its record into pages through the shared {@link PdfLayout}. Adding a type is one
 * small class implementing this; it never draws headers, footers, page numbers or the QR code itself.
 *
 * @param <T> the record the document is made from
 */
public interface DocumentRenderer<T> {

    /** The type's code, e.g. {@code organisation-verification}; also the bundle prefix {@code document.<type>}. */
    String type();

    /** Writes the body of the document for the record. */
    void write(T record, PdfLayout layout);

    /**
     * How many people will add their personal signature after issue: the layout keeps that many visible
     * signature boxes free in the document's signature block.
     */
    default int personalSignatures() {
        return 0;
    }

    /** The finished PDF/A-2b document, with its signature block, sealed as it is saved (PAdES baseline LT). */
    default byte[] render(T record, DocumentHeader header, Seal seal) {
        try (PdfLayout layout = PdfLayout.start(header)) {
            write(record, layout);
            layout.signatureBlock(seal, personalSignatures());
            return layout.finish(seal);
        }
    }

    /** The finished PDF/A-2b document, unsigned. */
    default byte[] render(T record, DocumentHeader header) {
        try (PdfLayout layout = PdfLayout.start(header)) {
            write(record, layout);
            return layout.finish();
        }
    }
}
