package it.sfide.document.spi;

/**
 * One document type, written by the area that owns its record: turns the record into pages through the shared
 * {@link DocumentLayout}. Adding a type is one small class implementing this, handed to
 * {@code DocumentIssuer.issue}; it never draws headers, footers, page numbers, the QR code or signatures itself.
 *
 * @param <T> the record the document is made from
 */
public interface DocumentRenderer<T> {

    /** The type's code, e.g. {@code organisation-verification}; also the bundle prefix {@code document.<type>}. */
    String type();

    /** Writes the body of the document for the record. */
    void write(T record, DocumentLayout layout);

    /**
     * How many people will add their personal signature after issue: the layout keeps that many visible
     * signature boxes free in the document's signature block.
     */
    default int personalSignatures() {
        return 0;
    }
}
