package it.sfide.community.control;

import it.sfide.community.Community;
import it.sfide.community.Discussion;
import it.sfide.community.Membership;
import it.sfide.community.Post;
import it.sfide.community.SharedFile;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Loading and storing communities, memberships, discussions, posts and shared documents. */
@Dependent
public class Communities {

    @PersistenceContext
    EntityManager em;

    public <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public void flush() {
        em.flush();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public List<Community> all() {
        return em.createNamedQuery(Community.ALL, Community.class).getResultList();
    }

    public Community require(long id) {
        return Optional.ofNullable(em.find(Community.class, id))
                .orElseThrow(() -> SfideException.notFound("community.error.notFound"));
    }

    public Discussion requireDiscussion(long id) {
        return Optional.ofNullable(em.find(Discussion.class, id))
                .orElseThrow(() -> SfideException.notFound("community.error.notFound"));
    }

    public Post requirePost(long id) {
        return Optional.ofNullable(em.find(Post.class, id))
                .orElseThrow(() -> SfideException.notFound("community.error.notFound"));
    }

    public Optional<SharedFile> file(long id) {
        return Optional.ofNullable(em.find(SharedFile.class, id));
    }

    public Optional<Post> postOfFile(long fileId) {
        return em.createQuery("SELECT p FROM Post p WHERE p.fileId = :file", Post.class).setParameter("file", fileId)
                .getResultStream().findFirst();
    }

    public Optional<Membership> membership(long communityId, long accountId) {
        return em.createNamedQuery(Membership.FIND, Membership.class).setParameter("community", communityId)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    public long members(long communityId) {
        return em.createNamedQuery(Membership.COUNT, Long.class).setParameter("community", communityId)
                .getSingleResult();
    }

    public List<Discussion> discussions(long communityId) {
        return em.createNamedQuery(Discussion.OF_COMMUNITY, Discussion.class).setParameter("community", communityId)
                .getResultList();
    }

    public List<Discussion> discussionsOfChallenge(long challengeId) {
        return em.createNamedQuery(Discussion.OF_CHALLENGE, Discussion.class).setParameter("challenge", challengeId)
                .getResultList();
    }

    public List<Post> posts(long discussionId) {
        return em.createNamedQuery(Post.OF_DISCUSSION, Post.class).setParameter("discussion", discussionId)
                .getResultList();
    }

    /** The shared documents' details without their bytes: {id, name, type, size, sha256} each. */
    public List<Object[]> fileDetails(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT f.id, f.fileName, f.contentType, f.sizeBytes, f.sha256 FROM SharedFile f"
                + " WHERE f.id IN :ids", Object[].class).setParameter("ids", ids).getResultList();
    }
}
