package it.sfide.community;

import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Objects;

/** The moderation state of a discussion or post: visible, hidden or removed, by whom, when and why. */
@Embeddable
public class Moderated {

    public static final int REASON_MAX = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private Visibility visibility = Visibility.VISIBLE;

    @Column(name = "moderation_reason", length = REASON_MAX)
    private String reason;

    @Column(name = "moderated_by", length = 60)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    void hide(String reason, String manager, Instant now) {
        requireNotRemoved();
        set(Visibility.HIDDEN, reason, manager, now);
    }

    void show(String manager, Instant now) {
        requireNotRemoved();
        visibility = Visibility.VISIBLE;
        moderatedBy = manager;
        moderatedAt = now;
        reason = null;
    }

    void remove(String reason, String manager, Instant now) {
        requireNotRemoved();
        if (reason == null || reason.isBlank()) {
            throw SfideException.invalid("reason", "community.error.reasonRequired");
        }
        set(Visibility.REMOVED, reason, manager, now);
    }

    private void set(Visibility to, String why, String manager, Instant now) {
        if (why != null && why.length() > REASON_MAX) {
            throw SfideException.invalid("reason", "challenge.error.tooLong", REASON_MAX);
        }
        visibility = to;
        reason = why == null || why.isBlank() ? null : why.strip();
        moderatedBy = Objects.requireNonNull(manager);
        moderatedAt = now;
    }

    private void requireNotRemoved() {
        if (visibility == Visibility.REMOVED) {
            throw SfideException.conflict("community.error.removed");
        }
    }

    public Visibility getVisibility() { return visibility; }
    public String getReason() { return reason; }
    public String getModeratedBy() { return moderatedBy; }
    public Instant getModeratedAt() { return moderatedAt; }
}
