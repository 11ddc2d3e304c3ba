package it.sfide.challenge;

/** The kinds of challenge a public body runs; a pre-commercial procurement has three phases, the others one. */
public enum ChallengeType {
    CHALLENGE_PRIZE, MARKET_CONSULTATION, PCP, PPI, INNOVATION_PARTNERSHIP;

    /** How many phases a complete challenge of this type has. */
    public int phases() {
        return this == PCP ? 3 : 1;
    }

    /**
     * Whether its later phases are reached through stage gates, each of which may judge by criteria of its own (a
     * PCP: phases 2 and 3).
     */
    public boolean hasStageGates() {
        return phases() > 1;
    }

    /** A market consultation awards nothing and has no evaluation criteria. */
    public boolean evaluated() {
        return this != MARKET_CONSULTATION;
    }

    /**
     * Whether it may have several winners: prizes, the suppliers of a PCP phase and innovation partners may be
     * several; a PPI buys one solution.
     */
    public boolean severalWinners() {
        return this != PPI && this != MARKET_CONSULTATION;
    }
}
