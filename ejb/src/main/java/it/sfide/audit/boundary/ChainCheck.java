package it.sfide.audit.boundary;

import it.sfide.audit.AuditChain;

import java.time.Instant;

/** The result of checking the whole chain: intact, or the first altered, missing or reordered record. */
public record ChainCheck(boolean intact, long checked, long headSeq, AuditChain.Problem problem, Long seq,
        Instant checkedAt) {

    public static ChainCheck of(AuditChain.Report report, Instant at) {
        return new ChainCheck(report.intact(), report.checked(), report.headSeq(), report.problem(), report.seq(), at);
    }
}
