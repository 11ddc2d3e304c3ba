package it.sfide.evaluation.spi;

/**
 * Whether a PCP phase's work is done, so that its stage gate may be appointed: implemented by the area that runs
 * the phase's contracts (the evaluation area does not depend on it). A phase is done when it has contracts and every
 * one of them is completed.
 */
public interface StageGateReadiness {

    /** Whether every contract of this phase of the challenge is completed (and there is at least one). */
    boolean phaseCompleted(long challengeId, int phase);
}
