package it.sfide.community.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.community.Community;
import it.sfide.community.Discussion;
import it.sfide.community.MemberRole;
import it.sfide.community.Membership;
import it.sfide.community.Post;
import it.sfide.community.SharedFile;
import it.sfide.community.Visibility;
import it.sfide.community.boundary.CommunityViews.Attachment;
import it.sfide.community.boundary.CommunityViews.CommunityForm;
import it.sfide.community.boundary.CommunityViews.CommunityView;
import it.sfide.community.boundary.CommunityViews.DiscussionSummary;
import it.sfide.community.boundary.CommunityViews.DiscussionView;
import it.sfide.community.boundary.CommunityViews.FileContent;
import it.sfide.community.boundary.CommunityViews.FileView;
import it.sfide.community.boundary.CommunityViews.PostView;
import it.sfide.community.control.Communities;
import it.sfide.document.boundary.FileContents;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Communities: anyone reads what is visible; logged-in people join; members start discussions about a theme or a
 * challenge, reply and share documents; managers (and platform admins) hide, lock, or remove with a reason, every
 * act audited. Every act others see (create, join, discuss, post, moderate) needs a caller who may publish: a member
 * of a pending or rejected organisation is refused (403).
 */
@Stateless
@PermitAll
public class CommunityService {

    @Inject
    Communities communities;

    @Inject
    Directory directory;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    Clock clock;

    public List<CommunityView> communities() {
        Optional<Actor> me = directory.currentActor();
        return communities.all().stream().map(c -> view(c, me)).toList();
    }

    /** A community and its discussions (hidden ones only for managers; removed ones with their reason). */
    public CommunityViews.CommunityPage community(long id, Locale locale) {
        Optional<Actor> me = directory.currentActor();
        Community community = communities.require(id);
        CommunityView view = view(community, me);
        List<Discussion> discussions = communities.discussions(id).stream()
                .filter(d -> d.getModeration().getVisibility() != Visibility.HIDDEN || view.manager()
                        || me.map(a -> a.accountId() == d.getAuthorAccountId()).orElse(false))
                .toList();
        return new CommunityViews.CommunityPage(view, summaries(discussions, locale));
    }

    /** A discussion with its posts. */
    public DiscussionView discussion(long id, Locale locale) {
        Optional<Actor> me = directory.currentActor();
        Discussion d = communities.requireDiscussion(id);
        CommunityView community = view(communities.require(d.getCommunityId()), me);
        boolean author = me.map(a -> a.accountId() == d.getAuthorAccountId()).orElse(false);
        if (d.getModeration().getVisibility() == Visibility.HIDDEN && !community.manager() && !author) {
            throw SfideException.notFound("community.error.notFound");
        }
        List<Post> posts = communities.posts(id).stream()
                .filter(p -> p.getModeration().getVisibility() != Visibility.HIDDEN || community.manager()
                        || me.map(a -> a.accountId() == p.getAuthorAccountId()).orElse(false))
                .toList();
        Set<Long> people = new HashSet<>();
        posts.forEach(p -> people.add(p.getAuthorAccountId()));
        Map<Long, String> names = directory.displayNames(people);
        Map<Long, FileView> files = new HashMap<>();
        communities.fileDetails(posts.stream().map(Post::getFileId).filter(f -> f != null).toList())
                .forEach(f -> files.put((Long) f[0], new FileView((Long) f[0], (String) f[1], (String) f[2],
                        ((Number) f[3]).longValue(), (String) f[4], "/api/v1/communities/files/" + f[0])));
        List<PostView> postViews = posts.stream().map(p -> new PostView(p.getId(), names.get(p.getAuthorAccountId()),
                p.getBody(), p.getCreatedAt(), p.getFileId() == null ? null : files.get(p.getFileId()),
                p.getModeration().getVisibility(), p.getModeration().getReason(),
                me.map(a -> a.accountId() == p.getAuthorAccountId()).orElse(false))).toList();
        return new DiscussionView(summaries(List.of(d), locale).get(0), community, postViews,
                community.member() && !d.isLocked() && d.isVisible(), community.manager());
    }

    /** The visible discussions about a challenge, for its page. */
    public List<DiscussionSummary> aboutChallenge(long challengeId, Locale locale) {
        return summaries(communities.discussionsOfChallenge(challengeId), locale);
    }

    /** A shared document: anyone may download it while its post is visible. */
    public FileContent file(long fileId) {
        Post post = communities.postOfFile(fileId).filter(Post::isVisible)
                .orElseThrow(() -> SfideException.notFound("community.error.notFound"));
        Discussion d = communities.requireDiscussion(post.getDiscussionId());
        if (!d.isVisible()) {
            throw SfideException.notFound("community.error.notFound");
        }
        SharedFile file = communities.file(fileId).orElseThrow(() -> SfideException.notFound("community.error.notFound"));
        return new FileContent(file.getFileName(), file.getContentType(), file.getContent());
    }

    /** A public body's officer or a platform admin opens a community and manages it. */
    @Audited(value = "community.create", target = "community")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    public CommunityView create(CommunityForm form) {
        Actor me = directory.requirePublishingActor();
        if (form == null) {
            throw SfideException.invalid("nameIt", "community.error.required");
        }
        Community community = communities.persist(new Community(form.nameIt(), form.nameEn(), form.descriptionIt(),
                form.descriptionEn(), form.theme(), me.username(), clock.instant()));
        communities.persist(new Membership(community.getId(), me.accountId(), MemberRole.MANAGER, clock.instant()));
        return view(community, Optional.of(me));
    }

    @Audited(value = "community.join", target = "community")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public CommunityView join(long communityId) {
        Actor me = directory.requirePublishingActor();
        Community community = communities.require(communityId);
        if (communities.membership(communityId, me.accountId()).isEmpty()) {
            communities.persist(new Membership(communityId, me.accountId(), MemberRole.MEMBER, clock.instant()));
        }
        return view(community, Optional.of(me));
    }

    @Audited(value = "community.leave", target = "community")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public void leave(long communityId) {
        Actor me = directory.requireActor();
        communities.membership(communityId, me.accountId()).ifPresent(communities::remove);
    }

    /** A member starts a discussion about a theme or a published challenge, with a first post. */
    @Audited(value = "community.discussion.start", target = "community")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public DiscussionSummary startDiscussion(long communityId, String title, Long challengeId, String theme,
            String body, Attachment attachment) {
        Actor me = requireMember(communityId);
        if (challengeId != null) {
            ChallengeView challenge = challenges.get(challengeId);
            if (challenge.publishedAt() == null) {
                throw SfideException.notFound("challenge.error.notFound");
            }
        }
        Discussion d = communities.persist(new Discussion(communityId, challengeId, theme, title, me.accountId(),
                clock.instant()));
        addPost(d, me, body, attachment);
        return summaries(List.of(d), me.locale()).get(0);
    }

    /** A member replies, perhaps sharing a document; refused in a locked or moderated discussion. */
    @Audited(value = "community.post", target = "discussion")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public PostView post(long discussionId, String body, Attachment attachment) {
        Discussion d = communities.requireDiscussion(discussionId);
        Actor me = requireMember(d.getCommunityId());
        Post post = addPost(d, me, body, attachment);
        return new PostView(post.getId(), me.fullName(), post.getBody(), post.getCreatedAt(), null,
                Visibility.VISIBLE, null, true);
    }

    private Post addPost(Discussion d, Actor me, String body, Attachment attachment) {
        d.posted(clock.instant());
        Post post = communities.persist(new Post(d.getId(), me.accountId(), body, clock.instant()));
        if (attachment != null && attachment.content() != null && attachment.content().length > 0) {
            SharedFile checked = new SharedFile(attachment.fileName(), attachment.content(), clock.instant());
            FileContents.requireContent(checked.getContentType(), attachment.content());
            SharedFile file = communities.persist(checked);
            post.attach(file.getId());
        }
        return post;
    }

    @Audited(value = "community.post.hide", target = "post")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public void hidePost(long postId, String reason) {
        Post post = communities.requirePost(postId);
        Actor me = requireManagerOf(communities.requireDiscussion(post.getDiscussionId()).getCommunityId());
        post.hide(reason, me.username(), clock.instant());
    }

    @Audited(value = "community.post.show", target = "post")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public void showPost(long postId) {
        Post post = communities.requirePost(postId);
        Actor me = requireManagerOf(communities.requireDiscussion(post.getDiscussionId()).getCommunityId());
        post.show(me.username(), clock.instant());
    }

    /** Removes a post with a reason: its text and shared document are deleted, the reason is shown instead. */
    @Audited(value = "community.post.remove", target = "post")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public void removePost(long postId, String reason) {
        Post post = communities.requirePost(postId);
        Actor me = requireManagerOf(communities.requireDiscussion(post.getDiscussionId()).getCommunityId());
        Long fileId = post.getFileId();
        post.remove(reason, me.username(), clock.instant());
        if (fileId != null) {
            communities.flush();
            communities.file(fileId).ifPresent(communities::remove);
        }
    }

    @Audited(value = "community.discussion.lock", target = "discussion")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public void lock(long discussionId, boolean locked) {
        Discussion d = communities.requireDiscussion(discussionId);
        requireManagerOf(d.getCommunityId());
        if (locked) {
            d.lock();
        } else {
            d.unlock();
        }
    }

    @Audited(value = "community.discussion.hide", target = "discussion")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public void hideDiscussion(long discussionId, boolean hidden, String reason) {
        Discussion d = communities.requireDiscussion(discussionId);
        Actor me = requireManagerOf(d.getCommunityId());
        if (hidden) {
            d.hide(reason, me.username(), clock.instant());
        } else {
            d.show(me.username(), clock.instant());
        }
    }

    @Audited(value = "community.discussion.remove", target = "discussion")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public void removeDiscussion(long discussionId, String reason) {
        Discussion d = communities.requireDiscussion(discussionId);
        Actor me = requireManagerOf(d.getCommunityId());
        d.remove(reason, me.username(), clock.instant());
    }

    /** A manager makes another member a manager. */
    @Audited(value = "community.manager.appoint", target = "community")
    @RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
    public void appointManager(long communityId, long accountId) {
        requireManagerOf(communityId);
        communities.membership(communityId, accountId)
                .orElseThrow(() -> SfideException.notFound("community.error.notMember")).makeManager();
    }

    private Actor requireMember(long communityId) {
        Actor me = directory.requirePublishingActor();
        communities.require(communityId);
        if (communities.membership(communityId, me.accountId()).isEmpty()) {
            throw new SfideException(ErrorKind.FORBIDDEN, "community.error.notMember");
        }
        return me;
    }

    private Actor requireManagerOf(long communityId) {
        Actor me = directory.requirePublishingActor();
        boolean manager = communities.membership(communityId, me.accountId()).map(Membership::isManager)
                .orElse(false);
        if (!manager && !me.isAdmin()) {
            throw SfideException.forbidden();
        }
        return me;
    }

    private CommunityView view(Community c, Optional<Actor> me) {
        Optional<Membership> membership = me.flatMap(a -> communities.membership(c.getId(), a.accountId()));
        return new CommunityView(c.getId(), c.getNameIt(), c.getNameEn(), c.getDescriptionIt(), c.getDescriptionEn(),
                c.getTheme(), communities.members(c.getId()), membership.isPresent(),
                membership.map(Membership::isManager).orElse(false) || me.map(Actor::isAdmin).orElse(false));
    }

    private List<DiscussionSummary> summaries(List<Discussion> discussions, Locale locale) {
        Set<Long> people = new HashSet<>();
        discussions.forEach(d -> people.add(d.getAuthorAccountId()));
        Map<Long, String> names = directory.displayNames(people);
        Map<Long, String> titles = challenges.titles(discussions.stream().map(Discussion::getChallengeId)
                .filter(c -> c != null).distinct().toList(), locale);
        return discussions.stream().map(d -> new DiscussionSummary(d.getId(), d.getCommunityId(), d.getTitle(),
                d.getChallengeId(), d.getChallengeId() == null ? null : titles.get(d.getChallengeId()), d.getTheme(),
                names.get(d.getAuthorAccountId()), d.getCreatedAt(), d.getLastPostAt(), d.isLocked(),
                d.getModeration().getVisibility(), d.getModeration().getReason())).toList();
    }
}
