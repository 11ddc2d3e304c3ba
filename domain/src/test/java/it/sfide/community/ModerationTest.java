package it.sfide.community;

import it.sfide.shared.SfideException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModerationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void removingAPostNeedsAReasonDeletesItsContentAndIsFinal() {
        Post post = new Post(1, 2, "Offerta speciale!", NOW);
        post.attach(9);
        assertEquals("community.error.reasonRequired",
                assertThrows(SfideException.class, () -> post.remove(" ", "buyer1", NOW)).messageKey());
        post.hide("Da verificare", "buyer1", NOW);
        assertEquals(Visibility.HIDDEN, post.getModeration().getVisibility());
        post.remove("Pubblicità", "buyer1", NOW);
        assertNull(post.getBody());
        assertNull(post.getFileId());
        assertEquals("Pubblicità", post.getModeration().getReason());
        assertThrows(SfideException.class, () -> post.show("buyer1", NOW), "a removal is final");
    }

    @Test
    void aLockedOrModeratedDiscussionTakesNoMorePosts() {
        Discussion d = new Discussion(1, null, "mobility", "Ciclabili", 2, NOW);
        d.posted(NOW);
        d.lock();
        assertEquals("community.error.locked", assertThrows(SfideException.class, () -> d.posted(NOW)).messageKey());
        d.unlock();
        d.hide("In revisione", "buyer1", NOW);
        assertThrows(SfideException.class, () -> d.posted(NOW));
    }

    @Test
    void aSharedDocumentIsRefusedWhenEmptyTooLargeOrOfAnUnknownType() {
        assertEquals("community.error.fileEmpty", assertThrows(SfideException.class,
                () -> new SharedFile("a.pdf", new byte[0], NOW)).messageKey());
        assertEquals("community.error.fileType", assertThrows(SfideException.class,
                () -> new SharedFile("setup.exe", new byte[] {1}, NOW)).messageKey());
        assertEquals("community.error.fileTooLarge", assertThrows(SfideException.class,
                () -> new SharedFile("big.pdf", new byte[SharedFile.MAX_BYTES + 1], NOW)).messageKey());
        SharedFile ok = new SharedFile("../../etc/Piano \"finale\".PDF", new byte[] {1}, NOW);
        assertEquals("application/pdf", ok.getContentType());
        assertEquals(".._.._etc_Piano _finale_.PDF", ok.getFileName());
    }
}
