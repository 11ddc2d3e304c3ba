package it.sfide.challenge.boundary;

import it.sfide.challenge.Clarification;

import java.time.Instant;

/**
 * A clarification as the caller may see it. Published to everyone: the published wording of the question, the
 * answer and when it was published, nothing about who asked. The asker sees their own questions; the buyer's and
 * co-sponsors' officers see everything, including who asked.
 *
 * @param mine the caller asked it
 * @param askedBy who asked (name and organisation), only for the buyer's side
 */
public record ClarificationView(long id, long challengeId, String question, String answer, Instant askedAt,
        Instant answeredAt, Instant publishedAt, boolean mine, String askedBy, String originalQuestion) {

    /** What everyone reads. */
    public static ClarificationView published(Clarification q) {
        return new ClarificationView(q.getId(), q.getChallengeId(), q.getPublishedQuestion(), q.getAnswer(), null,
                null, q.getPublishedAt(), false, null, null);
    }

    /** What the asker reads of their own question. */
    public static ClarificationView own(Clarification q) {
        return new ClarificationView(q.getId(), q.getChallengeId(),
                q.getPublishedAt() != null ? q.getPublishedQuestion() : q.getQuestion(), q.getAnswer(),
                q.getAskedAt(), q.getAnsweredAt(), q.getPublishedAt(), true, null, q.getQuestion());
    }

    /** What the buyer's side reads. */
    public static ClarificationView internal(Clarification q, String askedBy) {
        return new ClarificationView(q.getId(), q.getChallengeId(),
                q.getPublishedAt() != null ? q.getPublishedQuestion() : q.getQuestion(), q.getAnswer(),
                q.getAskedAt(), q.getAnsweredAt(), q.getPublishedAt(), false, askedBy, q.getQuestion());
    }
}
