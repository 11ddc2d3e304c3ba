package it.sfide.document.spi;

import java.time.Instant;
import java.util.Map;

/**
 * What a {@link DocumentRenderer} may put on the pages of a Sfide document: headings, paragraphs and label/value
 * fields, in the document's language, flowing onto new pages by themselves. The document area draws everything
 * else (PDF/A conformance, fonts, the issuer and protocol on every page, the verification QR code, the signature
 * block, the seal).
 */
public interface DocumentLayout {

    /** A text of the resource bundles in the document's language. */
    String text(String key, Object... args);

    /** A date and time to the minute, Europe/Rome, in the document's language. */
    String dateTime(Instant instant);

    /** A date and time to the millisecond with its UTC offset, Europe/Rome: for instants a record certifies. */
    String exactTime(Instant instant);

    DocumentLayout heading(String text);

    DocumentLayout paragraph(String text);

    /** One label and its value; an empty or null value is shown as a dash. */
    DocumentLayout field(String label, String value);

    /** Several labels and values, in the map's order. */
    DocumentLayout fields(Map<String, String> labelled);
}
