package it.sfide.challenge.control;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.Clarification;
import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;

import java.util.List;

/**
 * The signed digest of a challenge's published clarifications: every published question (in its published wording)
 * and answer, numbered, with the date of publication; never who asked. Issued again at each publication.
 */
public record ClarificationDigest(Challenge challenge, String buyerName, List<Clarification> published) {

    /** Renders the digest; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<ClarificationDigest> {

        @Override
        public String type() {
            return "clarification-digest";
        }

        @Override
        public void write(ClarificationDigest d, DocumentLayout layout) {
            Challenge c = d.challenge();
            layout.paragraph(layout.text("document.clarification-digest.intro", d.buyerName(),
                    c.getTitleIt() == null ? c.getOcid() : c.getTitleIt(), c.getOcid(), d.published().size()));
            int n = 1;
            for (Clarification q : d.published()) {
                layout.heading(layout.text("document.clarification-digest.number", n++,
                        layout.dateTime(q.getPublishedAt())));
                layout.field(layout.text("document.clarification-digest.question"), q.getPublishedQuestion());
                layout.field(layout.text("document.clarification-digest.answer"), q.getAnswer());
            }
            layout.paragraph(layout.text("document.clarification-digest.meaning"));
        }
    }
}
