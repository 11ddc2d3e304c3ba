package it.sfide.evaluation.boundary;

import it.sfide.evaluation.CommitteeStatus;
import it.sfide.evaluation.MemberStatus;

/**
 * One of the caller's seats on a committee, with what it asks of them now: a declaration to sign, reports to
 * write (assigned, drafts, submitted), consensus proposals to answer.
 */
public record SeatView(long committeeId, long challengeId, String challengeTitle, int phase, boolean chair,
        MemberStatus memberStatus, CommitteeStatus committeeStatus, int assigned, int drafts, int submitted,
        int consensusToAnswer) {

    public boolean mustDeclare() {
        return memberStatus == MemberStatus.APPOINTED;
    }

    public int reportsToWrite() {
        return assigned - submitted;
    }
}
