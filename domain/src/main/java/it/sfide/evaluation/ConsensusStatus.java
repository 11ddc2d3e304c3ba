package it.sfide.evaluation;

/**
 * The committee's consensus on a proposal: open (evaluations still under way or not proposed yet), proposed by the
 * chair (members agree or record a dissent), final (every evaluator of the proposal answered).
 */
public enum ConsensusStatus {
    OPEN, PROPOSED, FINAL
}
