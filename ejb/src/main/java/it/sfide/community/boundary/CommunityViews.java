package it.sfide.community.boundary;

import it.sfide.community.Visibility;

import java.time.Instant;
import java.util.List;

/** The views of communities, discussions and posts the pages and the API read. */
public final class CommunityViews {

    private CommunityViews() {
    }

    /** A community, its size and the caller's place in it. */
    public record CommunityView(long id, String nameIt, String nameEn, String descriptionIt, String descriptionEn,
            String theme, long members, boolean member, boolean manager) {
    }

    /** A community with its discussions. */
    public record CommunityPage(CommunityView community, List<DiscussionSummary> discussions) {
    }

    /** A discussion as listed; {@code title} is null once removed, with the reason in {@code moderationReason}. */
    public record DiscussionSummary(long id, long communityId, String title, Long challengeId, String challengeTitle,
            String theme, String author, Instant createdAt, Instant lastPostAt, boolean locked, Visibility visibility,
            String moderationReason) {
    }

    /** A discussion with its posts and what the caller may do in it. */
    public record DiscussionView(DiscussionSummary discussion, CommunityView community, List<PostView> posts,
            boolean canPost, boolean canModerate) {
    }

    /** A post; {@code body} and {@code file} are null once removed. */
    public record PostView(long id, String author, String body, Instant createdAt, FileView file,
            Visibility visibility, String moderationReason, boolean mine) {
    }

    /** A shared document. */
    public record FileView(long id, String fileName, String contentType, long sizeBytes, String sha256,
            String downloadPath) {
    }

    /** A shared document's bytes, to download. */
    public record FileContent(String fileName, String contentType, byte[] content) {
    }

    /** A document to share with a post. */
    public record Attachment(String fileName, byte[] content) {
    }

    /** A new community. */
    public record CommunityForm(String nameIt, String nameEn, String descriptionIt, String descriptionEn,
            String theme) {
    }
}
