package it.sfide.challenge.boundary;

/**
 * The evaluation area ranked a challenge's proposals and issued the committee report: fired inside the ranking's
 * transaction, so the challenge moves with it. A challenge under evaluation becomes RANKED; one already awarded
 * (a ranking re-issued after an appeal) or in a later phase (a PCP stage gate) keeps its status.
 */
public record RankingIssued(long challengeId) {
}
