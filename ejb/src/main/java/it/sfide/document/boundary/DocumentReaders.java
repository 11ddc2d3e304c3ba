package it.sfide.document.boundary;

/**
 * Readers of restricted documents beyond the organisation they were issued to, granted by the business area that
 * owns the record (e.g. the confirmed partners of a consortium may read the receipts of its proposal). Consulted
 * by {@link DocumentRegistry} for every read of a restricted document; an implementation answers only for its own
 * record type.
 */
public interface DocumentReaders {

    /** Whether the organisation may read the restricted documents about this record. */
    boolean mayRead(String recordType, String recordId, long organisationId);

    /**
     * Whether this person may read the restricted documents about this record, whatever their organisation (a
     * committee's members, external experts included, read the committee's documents). None by default.
     */
    default boolean mayReadAsPerson(String recordType, String recordId, long accountId) {
        return false;
    }
}
