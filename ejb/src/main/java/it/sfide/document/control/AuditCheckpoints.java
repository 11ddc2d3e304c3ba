package it.sfide.document.control;

import it.sfide.audit.boundary.AuditCheckpoint;
import it.sfide.audit.boundary.CheckpointSeal;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;
import it.sfide.platform.i18n.Texts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The audit area's daily checkpoints as documents of the registry: public, sealed by the platform, time-stamped
 * for the archive, one per day (the record id is the day).
 */
@Dependent
public class AuditCheckpoints implements CheckpointSeal {

    static final String RECORD = "audit-checkpoint";

    @Inject
    DocumentIssuer documents;

    @Override
    public Optional<SealedCheckpoint> of(LocalDate day) {
        return documents.ofRecord(RECORD, day.toString()).stream().findFirst().map(AuditCheckpoints::sealed);
    }

    @Override
    public SealedCheckpoint seal(AuditCheckpoint checkpoint) {
        return sealed(documents.issueArchival(new Renderer(), checkpoint,
                new Issue(RECORD, checkpoint.day().toString(), null, Visibility.PUBLIC, Texts.ITALIAN)));
    }

    private static SealedCheckpoint sealed(DocumentView document) {
        return new SealedCheckpoint(document.protocol(), document.type());
    }

    /** Renders the checkpoint; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<AuditCheckpoint> {

        @Override
        public String type() {
            return "audit-checkpoint";
        }

        @Override
        public void write(AuditCheckpoint c, DocumentLayout layout) {
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
