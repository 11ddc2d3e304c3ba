package it.sfide.document.boundary;

import it.sfide.document.Visibility;

import java.util.Locale;

/**
 * Where an issued document belongs and who may read it.
 *
 * @param recordType the kind of record, e.g. {@code organisation}
 * @param recordId its id
 * @param organisationId the organisation whose members may read a restricted document (may be null)
 * @param visibility public, or restricted to that organisation and admins
 * @param locale the recipient's language
 * @param issuingBody the public body that issues the document and seals it with its own certificate, or null for
 *        the platform
 */
public record Issue(String recordType, String recordId, Long organisationId, Visibility visibility, Locale locale,
        IssuingBody issuingBody) {

    /** A document the platform issues and seals. */
    public Issue(String recordType, String recordId, Long organisationId, Visibility visibility, Locale locale) {
        this(recordType, recordId, organisationId, visibility, locale, null);
    }

    /** A public body, by id and name, issuing a document under its own seal. */
    public record IssuingBody(long organisationId, String name) {
    }
}
