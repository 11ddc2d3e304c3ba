package it.sfide.community;

import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A discussion in a community, about a theme or a challenge. Managers lock it (no more posts), hide it or remove
 * it with a reason.
 */
@Entity
@Table(name = "community_discussion")
@NamedQuery(name = Discussion.OF_COMMUNITY, query = "SELECT d FROM Discussion d WHERE d.communityId = :community"
        + " ORDER BY d.lastPostAt DESC, d.id DESC")
@NamedQuery(name = Discussion.OF_CHALLENGE, query = "SELECT d FROM Discussion d WHERE d.challengeId = :challenge"
        + " AND d.moderation.visibility = it.sfide.community.Visibility.VISIBLE ORDER BY d.lastPostAt DESC")
public class Discussion {

    public static final String OF_COMMUNITY = "Discussion.ofCommunity";
    public static final String OF_CHALLENGE = "Discussion.ofChallenge";
    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "challenge_id")
    private Long challengeId;

    @Column(name = "theme", length = 40)
    private String theme;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "author_account_id", nullable = false)
    private long authorAccountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    @Column(name = "locked", nullable = false)
    private boolean locked;

    @Embedded
    private Moderated moderation = new Moderated();

    protected Discussion() {
    }

    public Discussion(long communityId, Long challengeId, String theme, String title, long authorAccountId,
            Instant now) {
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        Texts.required(problems, "title", title, TITLE_MAX);
        problems.throwIfAny();
        this.communityId = communityId;
        this.challengeId = challengeId;
        this.theme = Texts.orNull(theme);
        this.title = title.strip();
        this.authorAccountId = authorAccountId;
        this.createdAt = Objects.requireNonNull(now);
        this.lastPostAt = now;
    }

    /** A new post arrives: refused when locked, hidden or removed. */
    public void posted(Instant now) {
        if (locked) {
            throw SfideException.conflict("community.error.locked");
        }
        if (moderation.getVisibility() != Visibility.VISIBLE) {
            throw SfideException.conflict("community.error.removed");
        }
        lastPostAt = now;
    }

    public void lock() {
        locked = true;
    }

    public void unlock() {
        locked = false;
    }

    public void hide(String reason, String manager, Instant now) {
        moderation.hide(reason, manager, now);
    }

    public void show(String manager, Instant now) {
        moderation.show(manager, now);
    }

    /** Removed with a reason: the title is erased, the reason stays. */
    public void remove(String reason, String manager, Instant now) {
        moderation.remove(reason, manager, now);
        title = "-";
    }

    public Long getId() { return id; }
    public long getCommunityId() { return communityId; }
    public Long getChallengeId() { return challengeId; }
    public String getTheme() { return theme; }
    public String getTitle() { return moderation.getVisibility() == Visibility.REMOVED ? null : title; }
    public boolean isVisible() { return moderation.getVisibility() == Visibility.VISIBLE; }
    public long getAuthorAccountId() { return authorAccountId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastPostAt() { return lastPostAt; }
    public boolean isLocked() { return locked; }
    public Moderated getModeration() { return moderation; }
}
