package it.sfide.community;

import it.sfide.shared.ValidationFailure;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A message in a discussion, perhaps with a shared document. Managers hide it or remove it with a reason. */
@Entity
@Table(name = "community_post")
@NamedQuery(name = Post.OF_DISCUSSION, query = "SELECT p FROM Post p WHERE p.discussionId = :discussion"
        + " ORDER BY p.createdAt, p.id")
public class Post {

    public static final String OF_DISCUSSION = "Post.ofDiscussion";
    public static final int BODY_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "discussion_id", nullable = false)
    private long discussionId;

    @Column(name = "author_account_id", nullable = false)
    private long authorAccountId;

    @Lob
    @Column(name = "body")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "file_id")
    private Long fileId;

    @Embedded
    private Moderated moderation = new Moderated();

    protected Post() {
    }

    public Post(long discussionId, long authorAccountId, String body, Instant now) {
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        Texts.required(problems, "body", body, BODY_MAX);
        problems.throwIfAny();
        this.discussionId = discussionId;
        this.authorAccountId = authorAccountId;
        this.body = body.strip();
        this.createdAt = Objects.requireNonNull(now);
    }

    public void attach(long sharedFileId) {
        this.fileId = sharedFileId;
    }

    public void hide(String reason, String manager, Instant now) {
        moderation.hide(reason, manager, now);
    }

    public void show(String manager, Instant now) {
        moderation.show(manager, now);
    }

    /** Removed with a reason: the text and the shared document are gone, the reason stays. */
    public void remove(String reason, String manager, Instant now) {
        moderation.remove(reason, manager, now);
        body = null;
        fileId = null;
    }

    public Long getId() { return id; }
    public long getDiscussionId() { return discussionId; }
    public long getAuthorAccountId() { return authorAccountId; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getFileId() { return moderation.getVisibility() == Visibility.REMOVED ? null : fileId; }
    public Moderated getModeration() { return moderation; }
    public boolean isVisible() { return moderation.getVisibility() == Visibility.VISIBLE; }
}
