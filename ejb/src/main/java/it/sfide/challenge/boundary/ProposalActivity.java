package it.sfide.challenge.boundary;

/**
 * What the challenge area asks of the proposal area without depending on it: whether anyone has started a
 * proposal (a deadline may then no longer be brought forward). The proposal area implements it.
 */
public interface ProposalActivity {

    boolean anyStarted(long challengeId);
}
