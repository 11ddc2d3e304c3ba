package it.sfide.platform;

import it.sfide.document.control.DocumentRenderer;
import it.sfide.document.control.PdfLayout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The daily checkpoint of the audit chain: the head (last sequence number and its hash) fixed in a sealed,
 * time-stamped document, so that rewriting the whole chain afterwards is also detected.
 *
 * @param day the day the checkpoint closes (Europe/Rome)
 * @param seq the last record of the chain at that moment
 * @param hash its hash
 * @param at when the head was read
 */
public record AuditCheckpoint(LocalDate day, long seq, String hash, Instant at) {

    /** Renders the checkpoint; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<AuditCheckpoint> {

        @Override
        public String type() {
            return "audit-checkpoint";
        }

        @Override
        public void write(AuditCheckpoint c, PdfLayout layout) {
            layout.paragraph(layout.text("document.audit-checkpoint.intro", c.day().toString()));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(layout.text("document.audit-checkpoint.seq"), String.valueOf(c.seq()));
            fields.put(layout.text("document.audit-checkpoint.hash"), c.hash());
            fields.put(layout.text("document.audit-checkpoint.at"), layout.dateTime(c.at()));
            layout.fields(fields);
            layout.paragraph(layout.text("document.audit-checkpoint.meaning"));
        }
    }
}
